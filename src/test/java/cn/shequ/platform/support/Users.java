package cn.shequ.platform.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts as MockMvc request users, loaded the way login loads them (role and scope
 * included), from the context's {@link UserDetailsService}.
 */
public final class Users {

    private final UserDetailsService users;

    public Users(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    public RequestPostProcessor admin() {
        return as("admin");
    }

    public RequestPostProcessor office() {
        return as("office");
    }

    public RequestPostProcessor leader() {
        return as("leader");
    }

    public RequestPostProcessor changcheng() {
        return as("changcheng");
    }

    public RequestPostProcessor auditor() {
        return as("auditor");
    }
}
