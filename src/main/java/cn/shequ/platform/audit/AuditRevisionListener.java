package cn.shequ.platform.audit;

import cn.shequ.platform.web.ClientAddress;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the logged-in user (or {@code system} for start-up work) and the
 * client's address, and records every entity the revision touched.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).stamp(currentUsername(), currentAddress());
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
            Object revisionEntity) {
        ((AuditRevision) revisionEntity).addChange(
                new AuditedChange(entityName, String.valueOf(entityId), revisionType.getRepresentation().shortValue()));
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }

    /** The client's address as {@link ClientAddress} resolved it (behind a trusted proxy, the client it names). */
    private static String currentAddress() {
        return ClientAddress.current().map(ClientAddress::client).orElse(null);
    }
}
