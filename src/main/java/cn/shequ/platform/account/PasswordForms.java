package cn.shequ.platform.account;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** The forms that set a password. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** A new password, typed twice. */
    @Getter
    @Setter
    static class NewPassword {

        @NotBlank(message = "{validation.required}")
        private String newPassword;

        @NotBlank(message = "{validation.required}")
        private String confirmPassword;
    }

    /** A user changes their own password. */
    @Getter
    @Setter
    static class Change extends NewPassword {

        @NotBlank(message = "{validation.required}")
        private String currentPassword;
    }

    /** An administrator gives a user a temporary password, to be changed at the next login. */
    @Getter
    @Setter
    static class Reset extends NewPassword {

        private Long version;
    }
}
