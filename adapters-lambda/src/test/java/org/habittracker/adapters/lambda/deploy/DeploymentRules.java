package org.habittracker.adapters.lambda.deploy;

import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.string;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.strings;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.habittracker.adapters.lambda.config.HabitsConfig;

/**
 * The rules that tie the deployment files to the code and the build. Each returns the problems it
 * finds, as sentences naming the file's value and what the code or build expects; an empty list means
 * the files agree. Kept apart from the tests so each rule can also be fed a wrong input and be seen to
 * refuse it.
 */
final class DeploymentRules {

    /** Read by the JVM itself, not by our code. */
    static final Set<String> JVM_NAMES = Set.of("JAVA_TOOL_OPTIONS");

    /**
     * Names in the function's environment that belong to AWS rather than to our code: Lambda reserves
     * {@code AWS_*}, and the Parameters and Secrets extension documents its settings under these
     * prefixes. Anything else set on the function must be a name the code reads.
     */
    static final List<String> AWS_PREFIXES = List.of("AWS_", "PARAMETERS_SECRETS_EXTENSION_", "SECRETS_MANAGER_",
            "SSM_PARAMETER_STORE_");

    /** Read by the local server (adapters-local-http's LocalSettings), not by the Lambda configuration. */
    static final Set<String> LOCAL_SERVER_NAMES = Set.of("HABITS_DATA_DIR", "PORT");

    private DeploymentRules() {
    }

    // --- Handler ---------------------------------------------------------------------------------

    /** The handler string names a public method of a class on the classpath that implements RequestHandler. */
    static List<String> handler(Optional<String> handler, ClassLoader classes) {
        if (handler.isEmpty()) {
            return List.of("the function has no literal handler");
        }
        String className = handler.get().contains("::") ? handler.get().substring(0, handler.get().indexOf("::"))
                : handler.get();
        String methodName = handler.get().contains("::") ? handler.get().substring(handler.get().indexOf("::") + 2)
                : "handleRequest";
        Class<?> type;
        try {
            type = Class.forName(className, false, classes);
        } catch (ClassNotFoundException e) {
            return List.of("the handler names " + className + ", which is not on the classpath");
        }
        List<String> problems = new ArrayList<>();
        if (!RequestHandler.class.isAssignableFrom(type)) {
            problems.add("the handler names " + className + ", which does not implement " + RequestHandler.class.getName());
        }
        boolean hasMethod = false;
        for (Method method : type.getMethods()) {
            hasMethod |= method.getName().equals(methodName) && method.getParameterCount() == 2
                    && method.getParameterTypes()[1] == Context.class && !Modifier.isStatic(method.getModifiers());
        }
        if (!hasMethod) {
            problems.add("the handler names method " + methodName + " of " + className
                    + ", which has no public instance method " + methodName + "(event, Context)");
        }
        return problems;
    }

    /** Payload format 2.0 delivers APIGatewayV2HTTPEvent; the handler must take exactly that. */
    static List<String> payloadFormat(Collection<String> payloadFormatVersions, Optional<String> handler,
            ClassLoader classes) {
        List<String> problems = new ArrayList<>();
        if (payloadFormatVersions.isEmpty() || !payloadFormatVersions.stream().allMatch("2.0"::equals)) {
            problems.add("the API Gateway integrations use payload formats " + payloadFormatVersions
                    + ", but the handler reads payload format 2.0 events");
        }
        String className = handler.map(h -> h.contains("::") ? h.substring(0, h.indexOf("::")) : h).orElse("");
        try {
            Optional<Type> event = requestHandlerEventType(Class.forName(className, false, classes));
            if (event.isEmpty() || !event.get().equals(APIGatewayV2HTTPEvent.class)) {
                problems.add("payload format 2.0 sends " + APIGatewayV2HTTPEvent.class.getSimpleName() + ", but "
                        + className + " takes " + event.map(Type::getTypeName).orElse("an unknown event type"));
            }
        } catch (ClassNotFoundException e) {
            problems.add("the handler class " + className + " is not on the classpath");
        }
        return problems;
    }

    private static Optional<Type> requestHandlerEventType(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Type implemented : current.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return Optional.of(parameterized.getActualTypeArguments()[0]);
                }
            }
        }
        return Optional.empty();
    }

    // --- The jar ---------------------------------------------------------------------------------

    /** A path as Terraform reads it (relative to the directory it runs in) must be the jar Maven builds. */
    static List<String> jarPath(Optional<String> configured, Path terraformWorkingDirectory, Path builtJar) {
        if (configured.isEmpty()) {
            return List.of("no literal jar path is configured for the function");
        }
        Path resolved = terraformWorkingDirectory.resolve(configured.get()).normalize();
        if (!resolved.equals(builtJar.normalize())) {
            return List.of("the function's code is " + configured.get() + ", which from " + terraformWorkingDirectory
                    + " is " + resolved + ", but Maven builds " + builtJar.normalize());
        }
        return List.of();
    }

    // --- Terraform environments --------------------------------------------------------------------

    /**
     * An environment directory is a thin root: it calls one module, the stack, and declares no variables
     * of its own. So everything the environments share (the wiring, the inputs) is written once, in the
     * stack, and what the other checks prove of the stack's modules holds for every environment.
     */
    static List<String> thinEnvironment(Path environment, Map<String, Map<String, Object>> modules,
            Collection<String> variables, Path stackModule) {
        List<String> problems = new ArrayList<>();
        if (!variables.isEmpty()) {
            problems.add(environment + " declares variables " + new TreeSet<>(variables) + ": the stack module declares "
                    + "the inputs, an environment only sets them in its call of the stack");
        }
        if (modules.size() != 1) {
            problems.add(environment + " calls the modules " + new TreeSet<>(modules.keySet())
                    + ", but an environment calls exactly one, the stack");
        }
        modules.forEach((name, module) -> {
            Optional<String> source = string(module, "source");
            Path resolved = source.map(s -> environment.resolve(s).normalize()).orElse(null);
            if (!stackModule.normalize().equals(resolved)) {
                problems.add(environment + "'s module " + name + " comes from " + source.orElse("no literal source")
                        + (resolved == null ? "" : ", which is " + resolved) + ", not the stack module "
                        + stackModule.normalize());
            }
        });
        return problems;
    }

    // --- Environment -------------------------------------------------------------------------------

    /**
     * The function's environment holds every name the code reads and nothing it does not, AWS's and the
     * JVM's names aside. Of the two ways to give the database password it uses the secret: a plain
     * HABITS_DB_PASSWORD would sit readable in the function's configuration. So for the VAPID keys: their
     * secret's ARN is set, the keys themselves are not (the subject is in the secret too).
     */
    static List<String> lambdaEnvironment(Collection<String> configured, Collection<String> codeReads) {
        List<String> problems = new ArrayList<>();
        List<String> inSecrets = List.of(HabitsConfig.DB_PASSWORD, HabitsConfig.VAPID_PUBLIC_KEY,
                HabitsConfig.VAPID_PRIVATE_KEY, HabitsConfig.VAPID_SUBJECT);
        for (String name : codeReads) {
            if (!inSecrets.contains(name) && !configured.contains(name)) {
                problems.add(name + " is read by the code but not set on the function");
            }
        }
        if (configured.contains(HabitsConfig.DB_PASSWORD)) {
            problems.add(HabitsConfig.DB_PASSWORD + " is set on the function: in Lambda the password comes from "
                    + HabitsConfig.DB_SECRET_ARN + " through the secrets extension, never in plain text");
        }
        if (configured.contains(HabitsConfig.VAPID_PRIVATE_KEY)) {
            problems.add(HabitsConfig.VAPID_PRIVATE_KEY + " is set on the function: in Lambda the VAPID keys come from "
                    + HabitsConfig.VAPID_SECRET_ARN + " through the secrets extension, never in plain text");
        }
        for (String name : new TreeSet<>(configured)) {
            if (!codeReads.contains(name) && !JVM_NAMES.contains(name) && AWS_PREFIXES.stream().noneMatch(name::startsWith)) {
                problems.add(name + " is set on the function but the code does not read it");
            }
        }
        return problems;
    }

    /**
     * The local server's environment (Docker Compose) holds every name the code reads plus the local
     * server's own, and nothing else. Outside Lambda there is no secrets extension, so the password is
     * given directly.
     */
    static List<String> localEnvironment(Collection<String> configured, Collection<String> codeReads) {
        List<String> problems = new ArrayList<>();
        for (String name : codeReads) {
            if (!name.equals(HabitsConfig.DB_SECRET_ARN) && !HabitsConfig.OPTIONAL_VARIABLES.contains(name)
                    && !configured.contains(name)) {
                problems.add(name + " is read by the code but not set for the app");
            }
        }
        for (String name : LOCAL_SERVER_NAMES) {
            if (!configured.contains(name)) {
                problems.add(name + " is read by the local server but not set for the app");
            }
        }
        if (configured.contains(HabitsConfig.DB_SECRET_ARN)) {
            problems.add(HabitsConfig.DB_SECRET_ARN + " is set, but the secrets extension exists only in Lambda: give "
                    + HabitsConfig.DB_PASSWORD + " instead");
        }
        if (configured.contains(HabitsConfig.VAPID_SECRET_ARN)) {
            problems.add(HabitsConfig.VAPID_SECRET_ARN + " is set, but the secrets extension exists only in Lambda: the"
                    + " local server keeps its VAPID keys in the data directory (or give " + HabitsConfig.VAPID_PUBLIC_KEY
                    + " and " + HabitsConfig.VAPID_PRIVATE_KEY + ")");
        }
        for (String name : new TreeSet<>(configured)) {
            if (!codeReads.contains(name) && !LOCAL_SERVER_NAMES.contains(name) && !JVM_NAMES.contains(name)) {
                problems.add(name + " is set for the app but neither the code nor the local server reads it");
            }
        }
        return problems;
    }

    // --- Routes ------------------------------------------------------------------------------------

    /** Every path the handler serves, with every method it serves it for, reaches it through some route. */
    static List<String> apiRoutes(Collection<String> routeKeys, Collection<ServedRoute> served) {
        List<String> problems = new ArrayList<>();
        for (ServedRoute route : served) {
            for (String path : route.samplePaths()) {
                if (routeKeys.stream().noneMatch(key -> routeKeyMatches(key, route.method(), path))) {
                    problems.add(route.method() + " " + path + " (the handler's " + route
                            + ") is reached by no API Gateway route of " + routeKeys);
                }
            }
        }
        return problems;
    }

    /**
     * API Gateway HTTP API route matching: {@code $default} takes everything; otherwise the method is the
     * key's or the key says ANY, a {@code {name}} segment takes one segment, and a final greedy
     * {@code {name+}} takes the rest of the path. A path that ends in "/" right after the greedy route's
     * prefix (such as /health/ for GET /health/{proxy+}) counts as taken, an empty rest included, since
     * HTTP APIs refuse route keys ending in "/" and the greedy route is the way to reach them.
     */
    static boolean routeKeyMatches(String routeKey, String method, String path) {
        if (routeKey.equals("$default")) {
            return true;
        }
        String[] parts = routeKey.split(" ", 2);
        if (parts.length != 2 || !(parts[0].equals("ANY") || parts[0].equals(method))) {
            return false;
        }
        List<String> keySegments = List.of(parts[1].substring(1).split("/", -1));
        List<String> pathSegments = List.of(path.substring(1).split("/", -1));
        String last = keySegments.get(keySegments.size() - 1);
        boolean greedy = last.startsWith("{") && last.endsWith("+}");
        int fixed = greedy ? keySegments.size() - 1 : keySegments.size();
        if (greedy ? pathSegments.size() < keySegments.size() : pathSegments.size() != keySegments.size()) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            String key = keySegments.get(i);
            String segment = pathSegments.get(i);
            boolean variable = key.startsWith("{") && key.endsWith("}");
            if (variable ? segment.isEmpty() : !key.equals(segment)) {
                return false;
            }
        }
        return true;
    }

    /**
     * CloudFront sends every path the handler serves to the API origin: the first ordered behaviour whose
     * pattern matches must target it and allow the method; a path no pattern takes would go to the SPA
     * bucket.
     */
    static List<String> edgeBehaviours(List<Map<String, Object>> orderedBehaviours, String apiOriginId,
            Collection<ServedRoute> served) {
        List<String> problems = new ArrayList<>();
        for (ServedRoute route : served) {
            for (String path : route.samplePaths()) {
                Optional<Map<String, Object>> behaviour = orderedBehaviours.stream()
                        .filter(b -> string(b, "path_pattern").map(p -> globMatches(p, path)).orElse(false)).findFirst();
                if (behaviour.isEmpty()) {
                    problems.add(path + " (the handler's " + route + ") matches no CloudFront behaviour and would be "
                            + "served from the SPA bucket");
                } else if (!string(behaviour.get(), "target_origin_id").orElse("").equals(apiOriginId)) {
                    problems.add(path + " (the handler's " + route + ") goes to origin "
                            + string(behaviour.get(), "target_origin_id").orElse("?") + ", not to the API (" + apiOriginId + ")");
                } else if (!strings(behaviour.get(), "allowed_methods").contains(route.method())) {
                    problems.add(path + " (the handler's " + route + ") is under a behaviour that does not allow "
                            + route.method() + ": " + strings(behaviour.get(), "allowed_methods"));
                }
            }
        }
        return problems;
    }

    /** CloudFront path patterns: '*' is any run of characters (slashes included), '?' one character. */
    static boolean globMatches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return path.matches(regex.toString());
    }

    // --- Runtime and architecture --------------------------------------------------------------

    /**
     * The Lambda runtime is the Java the build targets (maven.compiler.release), and the handler's class
     * file really is of that release.
     */
    static List<String> runtime(Optional<String> runtime, int compilerRelease, int handlerClassMajorVersion) {
        List<String> problems = new ArrayList<>();
        String expected = "java" + compilerRelease;
        if (!runtime.equals(Optional.of(expected))) {
            problems.add("the function's runtime is " + runtime.orElse("not set") + ", but the build targets Java "
                    + compilerRelease + " (runtime " + expected + ")");
        }
        if (handlerClassMajorVersion != compilerRelease + 44) {
            problems.add("the handler class has class-file version " + handlerClassMajorVersion + ", which is Java "
                    + (handlerClassMajorVersion - 44) + ", not the " + compilerRelease + " the build targets");
        }
        return problems;
    }

    /**
     * The function runs on arm64 (Graviton: cheaper per GB-second), and every layer it loads is the arm64
     * build: the Parameters and Secrets extension ships one layer per architecture, and the x86 one does
     * not start on arm64.
     */
    static List<String> architecture(List<String> architectures, Collection<String> layerArns) {
        List<String> problems = new ArrayList<>();
        if (!architectures.equals(List.of("arm64"))) {
            problems.add("the function's architectures are " + architectures + ", not [arm64]");
        }
        for (String layer : layerArns) {
            if (layer.contains(":layer:AWS-Parameters-and-Secrets-Lambda-Extension") && !layer.contains("-Arm64:")) {
                problems.add("layer " + layer + " is the x86_64 build of the secrets extension; an arm64 function needs "
                        + "AWS-Parameters-and-Secrets-Lambda-Extension-Arm64");
            }
        }
        return problems;
    }
}
