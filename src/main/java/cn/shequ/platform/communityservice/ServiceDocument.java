package cn.shequ.platform.communityservice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.shared.WorkStream;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.stereotype.Component;

/** The document a record cites, when it cites one, is one of the register's community-service documents. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ServiceDocument.Check.class)
@interface ServiceDocument {

    String message() default "{communityservice.error.document}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The register's community-service documents: the choices of a citing form, and the check of what it cites. */
    @Component("serviceDocuments")
    class Documents {

        private final DocumentRegister register;

        Documents(DocumentRegister register) {
            this.register = register;
        }

        public List<DocumentRef> all() {
            return register.ofStream(WorkStream.COMMUNITY_SERVICE);
        }

        public Map<Long, DocumentRef> byId() {
            return all().stream().collect(Collectors.toMap(DocumentRef::id, Function.identity()));
        }

        /** How a record cites the document: 《title》（number）; null when it cites none. */
        String citation(Long id) {
            DocumentRef document = id == null ? null : byId().get(id);
            return document == null ? null : document.citation();
        }
    }

    class Check implements ConstraintValidator<ServiceDocument, Long> {

        private final Documents documents;

        Check(Documents documents) {
            this.documents = documents;
        }

        @Override
        public boolean isValid(Long id, ConstraintValidatorContext context) {
            return id == null || documents.byId().containsKey(id);
        }
    }
}
