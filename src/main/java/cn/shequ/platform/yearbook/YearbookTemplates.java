package cn.shequ.platform.yearbook;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearbookTemplates extends JpaRepository<YearbookTemplate, Integer> {
}
