package org.habittracker.adapters.lambda.config;

import java.net.InetAddress;

/**
 * Run in a JVM of its own by {@link DnsCacheTest}: optionally loads the handler class (as Lambda does first),
 * looks a name up, and prints the JVM's effective address cache policy (positive and negative seconds).
 */
public final class DnsCacheProbe {

    private DnsCacheProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load-handler")) {
            Class.forName("org.habittracker.adapters.lambda.ApiGatewayHandler");
        }
        InetAddress.getByName("localhost");
        Class<?> policy = Class.forName("sun.net.InetAddressCachePolicy");
        System.out.println("policy " + policy.getMethod("get").invoke(null) + " "
                + policy.getMethod("getNegative").invoke(null));
    }
}
