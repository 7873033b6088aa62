package cn.shequ.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 社区建设管理平台: the community development office's platform for projects, progress reports,
 * appraisals, leaders' dashboards and the annual yearbook entry.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunityPlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommunityPlatformApplication.class, args);
    }
}
