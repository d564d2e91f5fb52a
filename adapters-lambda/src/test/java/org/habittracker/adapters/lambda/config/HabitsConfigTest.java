package org.habittracker.adapters.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The configuration read from the environment")
class HabitsConfigTest {

    @Test
    @DisplayName("needs only a database URL; everything else has a safe default")
    void minimal() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_URL", "jdbc:postgresql://db:5432/habits"));

        assertThat(config.dbUrl()).contains("jdbc:postgresql://db:5432/habits");
        assertThat(config.dbPoolSize()).isEqualTo(HabitsConfig.DEFAULT_POOL_SIZE);
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.allowedOrigins()).isEmpty();
        assertThat(config.cookieSecure()).isTrue();
        assertThat(config.environment()).isEqualTo("local");
    }

    @Test
    @DisplayName("reads every variable it lists")
    void full() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of(
                "HABITS_DB_URL", "jdbc:postgresql://db:5432/habits", "HABITS_DB_USER", "app",
                "HABITS_DB_PASSWORD", "s3cret", "HABITS_DB_POOL_SIZE", "1",
                "HABITS_REDIS_URL", "rediss://default:pw@cache.example:6379",
                "HABITS_ALLOWED_ORIGINS", "https://habits.example.com, http://localhost:5173/",
                "HABITS_COOKIE_SECURE", "FALSE", "HABITS_ENVIRONMENT", "staging"));

        assertThat(config.dbUser()).contains("app");
        assertThat(config.dbPassword()).contains("s3cret");
        assertThat(config.dbPoolSize()).isEqualTo(1);
        assertThat(config.redisUrl()).contains("rediss://default:pw@cache.example:6379");
        assertThat(config.allowedOrigins()).containsExactlyInAnyOrder("https://habits.example.com", "http://localhost:5173");
        assertThat(config.cookieSecure()).isFalse();
        assertThat(config.environment()).isEqualTo("staging");
        assertThat(HabitsConfig.VARIABLES).containsExactly("HABITS_DB_URL", "HABITS_DB_USER", "HABITS_DB_PASSWORD",
                "HABITS_DB_SECRET_ARN", "HABITS_DB_POOL_SIZE", "HABITS_REDIS_URL", "HABITS_ALLOWED_ORIGINS",
                "HABITS_COOKIE_SECURE", "HABITS_ENVIRONMENT", "HABITS_VAPID_PUBLIC_KEY", "HABITS_VAPID_PRIVATE_KEY",
                "HABITS_VAPID_SUBJECT", "HABITS_VAPID_SECRET_ARN", "HABITS_PUSH_PRIVATE_ENDPOINTS");
    }

    @Test
    @DisplayName("an environment name that no alarm could select on exactly (spaces, too long) is refused")
    void environmentName() {
        assertThatThrownBy(() -> HabitsConfig.fromEnvironment(Map.of("HABITS_DB_URL", "jdbc:postgresql://db/x",
                "HABITS_ENVIRONMENT", "prod eu")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_ENVIRONMENT");
        assertThatThrownBy(() -> HabitsConfig.fromEnvironment(Map.of("HABITS_DB_URL", "jdbc:postgresql://db/x",
                "HABITS_ENVIRONMENT", "p".repeat(65))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HABITS_ENVIRONMENT");
    }

    @Test
    @DisplayName("names every bad or missing variable at once")
    void everyProblemAtOnce() {
        assertThatThrownBy(() -> HabitsConfig.fromEnvironment(Map.of(
                "HABITS_DB_POOL_SIZE", "many", "HABITS_REDIS_URL", "http://cache",
                "HABITS_ALLOWED_ORIGINS", "habits.example.com,https://ok.example/path", "HABITS_COOKIE_SECURE", "yes")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(6)
                        .anySatisfy(p -> assertThat(p).startsWith("HABITS_DB_URL is required"))
                        .anySatisfy(p -> assertThat(p).startsWith("HABITS_DB_POOL_SIZE must be a whole number"))
                        .anySatisfy(p -> assertThat(p).startsWith("HABITS_REDIS_URL must start with"))
                        .anySatisfy(p -> assertThat(p).contains("'habits.example.com'"))
                        .anySatisfy(p -> assertThat(p).contains("'https://ok.example/path'"))
                        .anySatisfy(p -> assertThat(p).startsWith("HABITS_COOKIE_SECURE must be true or false")));
    }

    @Test
    @DisplayName("a pool size outside 1–50 and a non-PostgreSQL URL are refused")
    void ranges() {
        assertThatThrownBy(() -> HabitsConfig.fromEnvironment(Map.of("HABITS_DB_URL", "jdbc:mysql://db/x",
                "HABITS_DB_POOL_SIZE", "0")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "HABITS_DB_URL must start with jdbc:postgresql://",
                        "HABITS_DB_POOL_SIZE must be between 1 and 50 (Lambda: 1 or 2)"));
    }

    @Test
    @DisplayName("a secret ARN stands in for the URL and the password, but not beside a password")
    void secretArn() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN",
                "arn:aws:secretsmanager:eu-central-1:123456789012:secret:habits-db-AbCdEf"));
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.dbSecretArn()).isPresent();

        assertThatThrownBy(() -> HabitsConfig.fromEnvironment(Map.of("HABITS_DB_SECRET_ARN", "habits-db",
                "HABITS_DB_PASSWORD", "pw")))
                .hasMessageContaining("set either HABITS_DB_PASSWORD or HABITS_DB_SECRET_ARN, not both");
    }

    @Test
    @DisplayName("never prints a password, in the variables or inside URLs")
    void redacted() {
        HabitsConfig config = HabitsConfig.fromEnvironment(Map.of(
                "HABITS_DB_URL", "jdbc:postgresql://db/habits?user=app&password=hunter2",
                "HABITS_DB_USER", "app", "HABITS_REDIS_URL", "rediss://default:topsecret@cache:6379"));

        assertThat(config.toString()).doesNotContain("hunter2").doesNotContain("topsecret").contains("cache:6379");
    }
}
