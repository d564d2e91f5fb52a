package org.habittracker.adapters.lambda.config;

import java.security.Security;

/**
 * How long the JVM trusts a DNS answer (ARCHITECTURE.md §4: "JVM DNS TTL 10 s"). An Aurora failover or an ElastiCache
 * node replacement is a DNS change; the JVM's default keeps a positive answer for 30 s (and forever with a
 * security manager), so connections would keep going to the old address. These are <em>security</em>
 * properties ({@code -Dnetworkaddress.cache.ttl} would be ignored), read once, when the JVM's address cache
 * policy is first used: {@link #apply} must run before the first host name is looked up, which is why the
 * handler class calls it in its static initialiser.
 */
public final class DnsCache {

    public static final String TTL_PROPERTY = "networkaddress.cache.ttl";
    public static final String NEGATIVE_TTL_PROPERTY = "networkaddress.cache.negative.ttl";
    public static final int TTL_SECONDS = 10;
    /** A failed look-up (a name briefly missing during a failover) is asked again after a second. */
    public static final int NEGATIVE_TTL_SECONDS = 1;

    private DnsCache() {
    }

    public static void apply() {
        Security.setProperty(TTL_PROPERTY, Integer.toString(TTL_SECONDS));
        Security.setProperty(NEGATIVE_TTL_PROPERTY, Integer.toString(NEGATIVE_TTL_SECONDS));
    }
}
