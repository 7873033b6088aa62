package cn.shequ.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages Tomcat answers by itself, before the application sees the request (an encoded slash in
 * a path, a header too large, a request refused by a connector limit): in Chinese, like every other
 * page, instead of Tomcat's English "HTTP Status" report.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> chineseContainerErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ChineseErrorReport.class.getName());
            }
        });
    }

    /** Tomcat's error report, written as a short Chinese page without any server detail. */
    public static class ChineseErrorReport extends ErrorReportValve {

        public ChineseErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String[] text = text(status);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + text[0]
                            + " - 社区建设管理平台</title></head><body style=\"font-family:sans-serif;text-align:center;"
                            + "padding:3rem\"><h1>" + text[0] + "</h1><p>" + text[1] + "</p><p><a href=\"/\">返回首页</a>"
                            + "</p></body></html>");
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException ex) {
                // The client has gone; there is nobody to tell.
            }
        }

        static String[] text(int status) {
            return switch (status) {
                case 413 -> new String[] {"提交的内容过大",
                        "提交的内容超过了平台的上限（表单 2 MB，上传文件 5 MB），未保存。请减少内容或分几次提交；"
                                + "已填写的内容请先另行保存。"};
                case 431 -> new String[] {"请求过大", "请求的地址或请求头过长，无法处理。请缩短后重试。"};
                case 404 -> new String[] {"页面不存在", "您要找的页面不存在。"};
                case 503 -> new String[] {"暂时无法服务", "平台暂时无法处理请求，请稍后重试。"};
                default -> status >= 500
                        ? new String[] {"系统出错", "系统处理您的请求时出错，已记录日志。请稍后重试，或联系系统管理员。"}
                        : new String[] {"请求无效", "请求的地址或内容无法处理（例如地址中含有不允许的字符，或请求过长）。请检查后重试。"};
            };
        }
    }
}
