package cn.shequ.platform.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the PostgreSQL database for the whole test run, once, before any Spring context starts,
 * and hands it to every context through the {@code spring.datasource.*} system properties:
 * <ol>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and {@code TEST_DATABASE_PASSWORD}) if set;</li>
 * <li>else a Testcontainers {@code postgres:17} when a Docker engine answers;</li>
 * <li>else the server on {@code localhost:5432} (user {@code postgres}), in a fresh database of this
 * run's own that is dropped at the end.</li>
 * </ol>
 * When none can be had, the run fails at once with one message naming the three ways.
 */
public class TestDatabase implements LauncherSessionListener {

    static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

    private static PostgreSQLContainer container;
    private static String createdDatabase;
    private static String description;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (description == null) {
            choose();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (container != null) {
            container.stop();
            container = null;
        }
        if (createdDatabase != null) {
            try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", localUser(), localPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + createdDatabase + " with (force)");
            }
            catch (SQLException ex) {
                System.err.println("[test database] could not drop " + createdDatabase + ": " + ex.getMessage());
            }
            createdDatabase = null;
        }
    }

    /** Where the tests' database came from, for the log. */
    public static String description() {
        return description;
    }

    private static synchronized void choose() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            use(url, env("TEST_DATABASE_USER", "postgres"), env("TEST_DATABASE_PASSWORD", ""), "TEST_DATABASE_URL");
            return;
        }
        if (dockerAnswers()) {
            container = new PostgreSQLContainer("postgres:17");
            container.start();
            use(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers postgres:17");
            return;
        }
        String name = "community_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", localUser(), localPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
            createdDatabase = name;
        }
        catch (SQLException ex) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests. Give one of:
                      1. TEST_DATABASE_URL (with TEST_DATABASE_USER and TEST_DATABASE_PASSWORD) naming a database;
                      2. a running Docker engine, for Testcontainers' postgres:17;
                      3. a PostgreSQL server on localhost:5432 where user 'postgres' may create databases
                         (.ci/run installs and starts one).
                    Connecting to localhost:5432 failed: %s""".formatted(ex.getMessage()), ex);
        }
        use(LOCAL_SERVER + name, localUser(), localPassword(), "localhost:5432, database " + name);
    }

    private static void use(String url, String user, String password, String source) {
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        description = source;
        System.out.println("[test database] " + source);
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    private static String localUser() {
        return env("TEST_DATABASE_USER", "postgres");
    }

    private static String localPassword() {
        return env("TEST_DATABASE_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
