package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * The pool and driver settings that matter in Lambda (ARCHITECTURE.md §4). The driver's own URL parser shows what a
 * connection will use: the properties the pool hands over, overridden by the URL's parameters.
 */
class ConnectionPoolTest {
    private static final String AURORA_URL =
            "jdbc:postgresql://cluster.example:5432/habits?sslmode=verify-full&sslrootcert=/opt/rds-ca.pem";

    private static PersistenceSettings lambda(String url) {
        return new PersistenceSettings(url, "app", "secret", 1, Duration.ofMillis(2_500), Duration.ofSeconds(8),
                false);
    }

    private static Properties effectiveDriverProperties(HikariConfig config) {
        return Driver.parseURL(config.getJdbcUrl(), config.getDataSourceProperties());
    }

    @Test
    @DisplayName("the pool holds at most the configured connections and keeps none idle")
    void poolSizeFromSettingsAndNoIdleConnections() {
        HikariConfig config = ConnectionPool.config(lambda(AURORA_URL));

        assertThat(config.getMaximumPoolSize()).isEqualTo(1);
        assertThat(config.getMinimumIdle()).isZero();
        assertThat(config.getConnectionTimeout()).isEqualTo(2_500);
        assertThat(config.getValidationTimeout()).isLessThanOrEqualTo(1_000);
        assertThat(config.getUsername()).isEqualTo("app");
    }

    @Test
    @DisplayName("the driver gets a socket timeout below the function's, a short connect timeout and TCP keep-alive")
    void driverTimeoutsAndKeepAlive() {
        Properties driver = effectiveDriverProperties(ConnectionPool.config(lambda(AURORA_URL)));

        assertThat(driver.getProperty("socketTimeout")).isEqualTo("8");
        assertThat(driver.getProperty("connectTimeout")).isEqualTo("3");
        assertThat(driver.getProperty("tcpKeepAlive")).isEqualTo("true");
    }

    @Test
    @DisplayName("statements are planned for their parameters: no server-side prepared statements")
    void noServerSidePreparedStatements() {
        Properties driver = effectiveDriverProperties(ConnectionPool.config(lambda(AURORA_URL)));

        assertThat(driver.getProperty("prepareThreshold")).isEqualTo("0");
    }

    @Test
    @DisplayName("the URL reaches the driver untouched: sslmode=verify-full and its root certificate hold")
    void sslSettingsPassThroughFromTheUrl() {
        HikariConfig config = ConnectionPool.config(lambda(AURORA_URL));
        Properties driver = effectiveDriverProperties(config);

        assertThat(config.getJdbcUrl()).isEqualTo(AURORA_URL);
        assertThat(driver.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(driver.getProperty("sslrootcert")).isEqualTo("/opt/rds-ca.pem");
    }

    @Test
    @DisplayName("a timeout written in the URL wins over the settings' default")
    void urlParametersWin() {
        Properties driver = effectiveDriverProperties(
                ConnectionPool.config(lambda("jdbc:postgresql://db/habits?socketTimeout=3&tcpKeepAlive=false")));

        assertThat(driver.getProperty("socketTimeout")).isEqualTo("3");
        assertThat(driver.getProperty("tcpKeepAlive")).isEqualTo("false");
    }
}
