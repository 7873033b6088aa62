package cn.shequ.platform.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

import cn.shequ.platform.web.Can;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMapManager;

/**
 * The one security filter chain. Who may do what is decided here by path and method, top down:
 * public assets, the login page and {@code /actuator/health}; the rest of the actuator and
 * {@code /admin/**} for administrators; {@code /audit/**} for auditors; a user's own account pages
 * for everyone logged in; then each module's {@link RequestAccessRules}; then the defaults: reading
 * for ADMIN, OFFICE, TOWN and LEADER, changing for OFFICE and TOWN; anything else is denied. A HEAD
 * is judged as the GET it mirrors ({@link HeadAsGet}). Which records a user reaches is the data
 * scope's business ({@code region.DataScope}). CSRF is checked on every change, except on a request
 * whose body the servlet container refused ({@link RefusedRequestBody}): it carries nothing to act on.
 * A login attempt passes the throttling ({@link LoginThrottleFilter}) before its password is checked.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] READERS = Can.READERS;
    static final String[] EDITORS = Can.EDITORS;

    /** The pages that show a form to create or change a record: only those who may save it see it. */
    static final RequestMatcher FORM_PAGES = RegexRequestMatcher.regexMatcher(HttpMethod.GET,
            "^/[^?]+/(new|edit)(/[^?]*)?(\\?.*)?$");
    static final RequestMatcher REGION_FORM_PAGES = RegexRequestMatcher.regexMatcher(HttpMethod.GET,
            "^/regions/(new|[^/?]+/edit)(\\?.*)?$");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<RequestAccessRules> moduleRules,
            SecurityProperties properties, SessionRegistry sessionRegistry, LoginThrottle throttle,
            LoginAttempts attempts, LockTimes lockTimes, FlashMapManager flashMaps, Clock clock) throws Exception {
        LoginFailureHandler loginFailed = new LoginFailureHandler(throttle, lockTimes, flashMaps, clock);
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                            .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                    "/actuator/health", "/error").permitAll()
                            .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                            .requestMatchers("/admin/**").hasRole("ADMIN")
                            .requestMatchers("/audit/**").hasRole("AUDITOR")
                            .requestMatchers("/", "/account/**").authenticated()
                            .requestMatchers(REGION_FORM_PAGES).hasRole("ADMIN")
                            .requestMatchers(HttpMethod.GET, "/regions/**").hasAnyRole(READERS)
                            .requestMatchers("/regions/**").hasRole("ADMIN");
                    moduleRules.forEach(rules -> rules.configure(requests));
                    requests.requestMatchers(FORM_PAGES).hasAnyRole(EDITORS)
                            .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READERS)
                            .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(EDITORS)
                            .anyRequest().denyAll();
                })
                .csrf(csrf -> csrf.ignoringRequestMatchers(RefusedRequestBody::isMarked))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailed))
                .addFilterBefore(new LoginThrottleFilter(throttle, attempts, loginFailed, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .sessionManagement(sessions -> {
                    sessions.sessionFixation(fixation -> fixation.changeSessionId());
                    if (properties.singleSession()) {
                        sessions.maximumSessions(1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired");
                    }
                })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(HeadAsGet.authorise(), AuthorizationFilter.class)
                .addFilterAfter(HeadAsGet.restore(), AuthorizationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /** The JSON API answers 401 to a request without login; pages send the browser to the login page. */
    private static AuthenticationEntryPoint entryPoint() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return delegating;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
