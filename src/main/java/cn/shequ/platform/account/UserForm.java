package cn.shequ.platform.account;

import cn.shequ.platform.web.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An administrator's form for a user. The password is only asked for a new user. */
@Getter
@Setter
class UserForm {

    @NotBlank(message = "{validation.required}", groups = Create.class)
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{2,49}", message = "{account.error.username.pattern}", groups = Create.class)
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Role role;

    /** The region the user's scope is rooted at; empty means the whole tree (administrators only). */
    private Long scopeRegionId;

    private boolean enabled = true;

    @NotBlank(message = "{validation.required}", groups = Create.class)
    private String password;

    private Long version;

    /** Constraints of the fields only a new user has. */
    interface Create {
    }

    static UserForm of(UserAccount account) {
        return FormValues.of(account, new UserForm());
    }
}
