package org.habittracker.adapters.lambda.deploy;

import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.blocks;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.map;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.string;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.strings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Terraform says about the API function and its HTTP API: the facts that must agree with the
 * code and the build.
 */
record TerraformLambda(
        String name,
        Optional<String> handler,
        Optional<String> runtime,
        List<String> architectures,
        Optional<String> filename,
        Set<String> environmentNames,
        List<String> routeKeys,
        List<String> payloadFormatVersions) {

    static TerraformLambda from(TerraformConfiguration config) {
        Map<String, Map<String, Object>> functions = config.resources("aws_lambda_function");
        if (functions.size() != 1) {
            throw new IllegalArgumentException(config.source() + " should declare exactly one aws_lambda_function, not "
                    + functions.keySet());
        }
        var entry = functions.entrySet().iterator().next();
        Map<String, Object> function = entry.getValue();

        Set<String> environment = new LinkedHashSet<>();
        for (Map<String, Object> block : blocks(function, "environment")) {
            environment.addAll(map(block.get("variables")).keySet());
        }
        List<String> payloadVersions = config.resources("aws_apigatewayv2_integration").values().stream()
                .map(integration -> string(integration, "payload_format_version").orElse("1.0")).toList();

        return new TerraformLambda(entry.getKey(), string(function, "handler"), string(function, "runtime"),
                strings(function, "architectures"), string(function, "filename"), environment, routeKeys(config),
                payloadVersions);
    }

    /** The route keys of every API Gateway v2 route in the configuration. */
    static List<String> routeKeys(TerraformConfiguration config) {
        return config.resources("aws_apigatewayv2_route").values().stream()
                .map(route -> string(route, "route_key").orElse("(no literal route_key)")).toList();
    }
}
