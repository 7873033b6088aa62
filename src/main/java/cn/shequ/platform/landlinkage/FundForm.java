package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of money received: it went to one aggregation zone or one linkage plot. */
@Getter
@Setter
class FundForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotNull(message = "{validation.required}")
    private LandFundSource source;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "10000000", message = "{validation.decimal.max}")
    private BigDecimal amount;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String purpose;

    private Long zoneId;

    private Long plotId;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static FundForm of(LandFund fund) {
        FundForm form = new FundForm();
        form.receivedOn = fund.getReceivedOn();
        form.source = fund.getSource();
        form.amount = fund.getAmount();
        form.purpose = fund.getPurpose();
        form.zoneId = fund.getZone() == null ? null : fund.getZone().getId();
        form.plotId = fund.getPlot() == null ? null : fund.getPlot().getId();
        form.notes = fund.getNotes();
        form.version = fund.getVersion();
        return form;
    }

    LandFund.Details details() {
        return new LandFund.Details(receivedOn, source, amount, purpose, notes);
    }
}
