package cn.shequ.platform.account;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The login log: only added to and read; the application never deletes from it. */
interface LoginEvents extends Repository<LoginEvent, Long>, JpaSpecificationExecutor<LoginEvent> {

    LoginEvent save(LoginEvent event);

    long count();
}
