package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of one donation of a pairing. */
@Getter
@Setter
class DonationForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate donatedOn;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "100000", message = "{validation.decimal.max}")
    private BigDecimal money;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "100000", message = "{validation.decimal.max}")
    private BigDecimal goods;

    @Size(max = 500, message = "{validation.size.max}")
    @MultiLine
    private String description;

    PairingDonation.Draft draft() {
        return new PairingDonation.Draft(donatedOn, money, goods, description);
    }
}
