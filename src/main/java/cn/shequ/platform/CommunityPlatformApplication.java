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

    /** Times are shown in China Standard Time unless the server's TZ says otherwise. */
    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    public static void main(String[] args) {
        if (System.getenv("TZ") == null && System.getProperty("user.timezone", "").isEmpty()) {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(DEFAULT_TIME_ZONE));
        }
        SpringApplication.run(CommunityPlatformApplication.class, args);
    }
}
