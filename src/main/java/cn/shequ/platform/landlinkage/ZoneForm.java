package cn.shequ.platform.landlinkage;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of an aggregation zone: the community is chosen when it is created and fixed after. */
@Getter
@Setter
class ZoneForm {

    private Long communityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static ZoneForm of(LandZone zone) {
        ZoneForm form = new ZoneForm();
        form.communityId = zone.getCommunityId();
        form.name = zone.getName();
        form.notes = zone.getNotes();
        form.version = zone.getVersion();
        return form;
    }
}
