package cn.shequ.platform.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares on the test's thread, so that a test can hold
 * a page to a fixed number of statements whatever the amount of data. The test context's
 * {@link DataSource} is wrapped by {@link Config}.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private StatementCounter() {
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (method, result) -> method.startsWith("getConnection")
                        ? Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                forwarding(result, (inner, statement) -> {
                                    if (STATEMENT_METHODS.contains(inner)) {
                                        COUNT.get()[0]++;
                                    }
                                    return statement;
                                }))
                        : result));
    }

    private static InvocationHandler forwarding(Object target, java.util.function.BiFunction<String, Object, Object> after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            }
            catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
    }

    /** Wraps the application's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass())) ? counting(dataSource) : bean;
                }
            };
        }
    }
}
