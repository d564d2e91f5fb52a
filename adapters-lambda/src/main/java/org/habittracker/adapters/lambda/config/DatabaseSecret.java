package org.habittracker.adapters.lambda.config;

/** What an RDS/Aurora secret in Secrets Manager holds (its {@code SecretString}). */
public record DatabaseSecret(String username, String password, String host, int port, String dbname) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
    }

    @Override
    public String toString() {
        return "DatabaseSecret[username=" + username + ", password=…, host=" + host + ", port=" + port + ", dbname="
                + dbname + "]";
    }
}
