package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The colon syntax the repositories' SQL is written in, read without JDBI's ANTLR lexer, and read as JDBI reads it. */
class NamedParameterParserTest {

    private static ParsedSql parse(String sql) {
        return new NamedParameterParser().parse(sql, null);
    }

    @Test
    @DisplayName("each named parameter becomes a placeholder, in order, a name used twice once per use")
    void namedParametersBecomePlaceholders() {
        ParsedSql parsed = parse("SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since "
                + "OR key = :key");

        assertThat(parsed.getSql())
                .isEqualTo("SELECT count(*) FROM login_attempts WHERE key = ? AND failed_at >= ? OR key = ?");
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("key", "since", "key");
        assertThat(parsed.getParameters().isPositional()).isFalse();
    }

    @Test
    @DisplayName("a name ends at the first character that is not a letter, digit or underscore")
    void nameEndsAtPunctuation() {
        ParsedSql parsed = parse("SELECT * FROM unnest(CAST(:ids AS uuid[])), (:owner_id),:day_2");

        assertThat(parsed.getSql()).isEqualTo("SELECT * FROM unnest(CAST(? AS uuid[])), (?),?");
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("ids", "owner_id", "day_2");
    }

    @Test
    @DisplayName("PostgreSQL's :: cast is not a parameter")
    void doubleColonIsACast() {
        ParsedSql parsed = parse("SELECT :amount::numeric, now()::date");

        assertThat(parsed.getSql()).isEqualTo("SELECT ?::numeric, now()::date");
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("amount");
    }

    @Test
    @DisplayName("a colon inside quotes or a block comment is text")
    void quotesAndCommentsAreText() {
        String sql = "SELECT 'at :noon', \"odd:name\", 'it''s :x' /* :nothing */ FROM t WHERE a = :a";

        ParsedSql parsed = parse(sql);

        assertThat(parsed.getSql()).isEqualTo("SELECT 'at :noon', \"odd:name\", 'it''s :x' /* :nothing */ FROM t WHERE a = ?");
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("a");
    }

    @Test
    @DisplayName("a backslash makes the next character text")
    void backslashEscapes() {
        ParsedSql parsed = parse("SELECT '\\:' || \\:plain, :real");

        assertThat(parsed.getParameters().getParameterNames()).containsExactly("real");
        assertThat(parsed.getSql()).endsWith(":plain, ?");
    }

    @Test
    @DisplayName("question marks are positional parameters")
    void questionMarksArePositional() {
        ParsedSql parsed = parse("SELECT 1 WHERE a = ? AND b = ?");

        assertThat(parsed.getSql()).isEqualTo("SELECT 1 WHERE a = ? AND b = ?");
        assertThat(parsed.getParameters().isPositional()).isTrue();
        assertThat(parsed.getParameters().getParameterCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("the same statement is parsed once")
    void parsesEachStatementOnce() {
        NamedParameterParser parser = new NamedParameterParser();
        String sql = "DELETE FROM sessions WHERE token_hash = :tokenHash";

        assertThat(parser.parse(sql, null)).isSameAs(parser.parse(sql, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WITH pruned AS (DELETE FROM login_attempts WHERE key = :key AND failed_at < :since), "
                    + "inserted AS (INSERT INTO login_attempts (key, failed_at) VALUES (:key, :when) RETURNING failed_at) "
                    + "SELECT (SELECT count(*) FROM login_attempts WHERE key = :key AND failed_at >= :since) "
                    + "     + (SELECT count(*) FROM inserted WHERE failed_at >= :since)",
            "UPDATE habits AS h SET position = o.position FROM (SELECT DISTINCT ON (u.id) u.id, u.ordinality - 1 "
                    + "AS position FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS u(id, ordinality) "
                    + "ORDER BY u.id, u.ordinality DESC) AS o WHERE h.id = o.id AND h.owner_id = :owner",
            "INSERT INTO check_ins (habit_id, owner_id, day, status, amount, note) SELECT h.id, h.owner_id, :day, "
                    + ":status, :amount, :note FROM habits h WHERE h.id = :habit AND h.owner_id = :owner "
                    + "ON CONFLICT (habit_id, day) DO UPDATE SET status = excluded.status",
            "SELECT 1",
            "SELECT :a::text, 'x:y' /* :c */, \"q:r\", :_b1",
            "SELECT 'it''s :x', \\:y, :z",
            "SELECT ? , ?",
            "SELECT 1 -- :x\n, :y",
    })
    @DisplayName("reads every statement as JDBI's own parser does")
    void agreesWithJdbi(String sql) {
        assertThat(parse(sql)).isEqualTo(new ColonPrefixSqlParser().parse(sql, null));
    }

    @Test
    @DisplayName("an unclosed quote runs to the end, as text")
    void unclosedQuoteIsText() {
        assertThat(parse("SELECT ':a").getParameters().getParameterNames()).isEqualTo(List.of());
    }
}
