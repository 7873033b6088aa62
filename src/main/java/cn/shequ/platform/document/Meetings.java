package cn.shequ.platform.document;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Meetings extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {
}
