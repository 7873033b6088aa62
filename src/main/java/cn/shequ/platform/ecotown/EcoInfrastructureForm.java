package cn.shequ.platform.ecotown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A community's infrastructure checklist: one row per item with the date it was achieved (empty
 * when not achieved). {@code stamp} is the ids and versions of the community's achievements the form
 * was made from: a save over a changed checklist is refused.
 */
@Getter
@Setter
class EcoInfrastructureForm {

    private List<Row> rows = new ArrayList<>();

    private String stamp;

    @Getter
    @Setter
    public static class Row {

        private Long itemId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate achievedOn;

        public Row() {
        }

        Row(Long itemId, LocalDate achievedOn) {
            this.itemId = itemId;
            this.achievedOn = achievedOn;
        }
    }
}
