package org.habittracker.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * JDBI's colon syntax ({@code :name} for a named parameter, {@code ?} for a positional one), read by a scan of
 * the string instead of JDBI's own parser, which is an ANTLR lexer: its first use loads about a hundred classes
 * and deserialises the lexer's state machine, some tens of milliseconds of a Lambda cold start's first request.
 *
 * <p>As JDBI's: {@code ::} is PostgreSQL's cast, not a parameter; text in single or double quotes and in comments
 * ({@code --} to the end of the line, {@code /* *}{@code /}) is passed as it is; a backslash makes the character
 * after it plain text ({@code \:} is a colon). A name is a letter or underscore, then letters, digits and
 * underscores. Each statement is parsed once: the ports' statements are constants, so the cache stays as small as
 * their number.
 */
final class NamedParameterParser implements SqlParser {
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        return parsed.computeIfAbsent(sql, NamedParameterParser::scan);
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }

    static ParsedSql scan(String sql) {
        ParsedSql.Builder parsed = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            char next = i + 1 < length ? sql.charAt(i + 1) : '\0';
            int verbatimEnd = verbatimEnd(sql, i);
            if (verbatimEnd > i) {
                text.append(sql, i, verbatimEnd);
                i = verbatimEnd;
            } else if (c == '\\' && i + 1 < length) {
                text.append(next);
                i += 2;
            } else if (c == ':' && next == ':') {
                text.append("::");
                i += 2;
            } else if (c == ':' && isNameStart(next)) {
                int end = i + 1;
                while (end < length && isNamePart(sql.charAt(end))) {
                    end++;
                }
                parsed.append(text.toString()).appendNamedParameter(sql.substring(i + 1, end));
                text.setLength(0);
                i = end;
            } else if (c == '?') {
                parsed.append(text.toString()).appendPositionalParameter();
                text.setLength(0);
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return parsed.append(text.toString()).build();
    }

    /**
     * Where the quoted text or comment starting at {@code start} ends (just after it; the end of the string when
     * it is not closed), or {@code start} when none starts there.
     */
    private static int verbatimEnd(String sql, int start) {
        char c = sql.charAt(start);
        char next = start + 1 < sql.length() ? sql.charAt(start + 1) : '\0';
        if (c == '\'' || c == '"') {
            return closedAfter(sql, sql.indexOf(c, start + 1), 1);
        }
        if (c == '-' && next == '-') {
            return closedAfter(sql, sql.indexOf('\n', start + 2), 0);
        }
        if (c == '/' && next == '*') {
            return closedAfter(sql, sql.indexOf("*/", start + 2), 2);
        }
        return start;
    }

    private static int closedAfter(String sql, int closing, int closingLength) {
        return closing < 0 ? sql.length() : closing + closingLength;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
