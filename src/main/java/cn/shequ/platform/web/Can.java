package cn.shequ.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the current user may do, for the pages ({@code th:if="${@can.enter()}"}): the one place a
 * template asks for a role. The roles are the ones the security rules grant the same requests.
 */
@Component("can")
public class Can {

    /** The roles that read every work stream's pages. */
    public static final String[] READERS = {"ADMIN", "OFFICE", "TOWN", "LEADER"};

    /** The roles that enter and change records: office and town staff. */
    public static final String[] EDITORS = {"OFFICE", "TOWN"};

    /** Enters and changes records: the new, edit and delete buttons. */
    public boolean enter() {
        return hasAny(EDITORS);
    }

    /** Changes what only the office keeps (reference data, appraisal batches, the yearbook). */
    public boolean manage() {
        return hasAny("OFFICE");
    }

    /** Keeps the system itself: regions, accounts, reopening a published yearbook. */
    public boolean administer() {
        return hasAny("ADMIN");
    }

    /** Publishes a year's yearbook: the office, or the administrator. */
    public boolean publish() {
        return hasAny("OFFICE", "ADMIN");
    }

    private static boolean hasAny(String... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        Set<String> wanted = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }
}
