package cn.shequ.platform.account;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** The forms that set a password. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** A user changes their own password. */
    @Getter
    @Setter
    static class Change {

        @NotBlank(message = "{validation.required}")
        private String currentPassword;

        @NotBlank(message = "{validation.required}")
        private String newPassword;

        @NotBlank(message = "{validation.required}")
        private String confirmPassword;
    }

    /** An administrator gives a user a temporary password, to be changed at the next login. */
    @Getter
    @Setter
    static class Reset {

        @NotBlank(message = "{validation.required}")
        private String newPassword;

        @NotBlank(message = "{validation.required}")
        private String confirmPassword;

        private Long version;
    }
}
