package org.habittracker.adapters.lambda;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import org.crac.Core;
import org.crac.Resource;

import org.habittracker.adapters.cache.RequestCacheCounts;
import org.habittracker.adapters.lambda.config.DnsCache;
import org.habittracker.adapters.lambda.config.FlightRecorderApi;
import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.observability.CacheCounters;
import org.habittracker.adapters.lambda.observability.RequestLog;
import org.habittracker.adapters.lambda.observability.UnreportedFailures;

/**
 * The API as an AWS Lambda function behind an API Gateway HTTP API (payload v2). Lambda builds one
 * instance per container with the no-argument constructor, which wires everything from the environment
 * once; each invocation then only translates the event, runs the {@link HttpApi} and logs one line.
 * The local server builds the same handler with {@link #fromEnvironment} and calls {@link #handleRequest}
 * with events it makes from its own requests.
 */
public final class ApiGatewayHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {

    static {
        // Before anything of ours can look up a host name: the JVM reads these once (DnsCache).
        DnsCache.apply();
    }

    private final HttpApi api;
    private final RequestLog log;
    private final UnreportedFailures cacheFailures;
    private final Optional<HabitsRuntime> runtime;
    /** CRaC holds resources weakly: the handler keeps its hooks alive. */
    private final Optional<SnapStartHooks> snapStartHooks;

    /**
     * What Lambda calls, once per container: reads the environment (failing with every bad variable
     * named), connects to PostgreSQL, starts the Redis connection, wires the use cases, and registers
     * the SnapStart hooks. Before that, switches JFR's API off for this JVM unless a recording was started with it
     * ({@link FlightRecorderApi}).
     */
    public ApiGatewayHandler() {
        this(lambdaEnvironment(), HabitsRuntime.Options.defaults(), Core.getGlobalContext());
    }

    /** The process environment, once the JVM is set up as the Lambda handler wants it (before anything starts). */
    private static Map<String, String> lambdaEnvironment() {
        FlightRecorderApi.offUnlessSet();
        return System.getenv();
    }

    /**
     * For tests and for wiring done elsewhere: an API built already, logging where the caller says.
     *
     * @param cacheCounters the cache's running totals, whose failures the request lines report
     */
    public ApiGatewayHandler(HttpApi api, RequestLog log, CacheCounters cacheCounters) {
        this.api = api;
        this.log = log;
        this.cacheFailures = new UnreportedFailures(cacheCounters);
        this.runtime = Optional.empty();
        this.snapStartHooks = Optional.empty();
    }

    /** As Lambda builds it, with the SnapStart hooks registered in {@code crac} (the global context in Lambda). */
    ApiGatewayHandler(Map<String, String> env, HabitsRuntime.Options options, org.crac.Context<Resource> crac) {
        this(HabitsConfig.fromEnvironment(env), env, options, Optional.empty(), Optional.of(crac));
    }

    /** As Lambda builds it, logging where the caller says (tests of the SnapStart lifecycle). */
    ApiGatewayHandler(Map<String, String> env, HabitsRuntime.Options options, RequestLog log,
            org.crac.Context<Resource> crac) {
        this(HabitsConfig.fromEnvironment(env), env, options, Optional.of(log), Optional.of(crac));
    }

    private ApiGatewayHandler(HabitsConfig config, Map<String, String> env, HabitsRuntime.Options options,
            Optional<RequestLog> log, Optional<org.crac.Context<Resource>> crac) {
        HabitsRuntime started = HabitsRuntime.start(config, env, options);
        this.api = started.api();
        this.log = log.orElseGet(() -> RequestLog.toStdout(config.environment()));
        this.cacheFailures = new UnreportedFailures(started.cacheCounters());
        this.runtime = Optional.of(started);
        this.snapStartHooks = crac.map(context -> SnapStartHooks.register(this, started, context));
    }

    /**
     * The handler as Lambda builds it, from the given variables instead of the process environment:
     * for the local server, which passes {@code HABITS_DB_URL} of its embedded PostgreSQL.
     */
    public static ApiGatewayHandler fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, HabitsRuntime.Options.defaults());
    }

    public static ApiGatewayHandler fromEnvironment(Map<String, String> env, HabitsRuntime.Options options) {
        return new ApiGatewayHandler(HabitsConfig.fromEnvironment(env), env, options, Optional.empty(), Optional.empty());
    }

    /** As {@link #fromEnvironment(Map)}, with the request log going where the caller says. */
    public static ApiGatewayHandler fromEnvironment(Map<String, String> env, HabitsRuntime.Options options,
            RequestLog log) {
        return new ApiGatewayHandler(HabitsConfig.fromEnvironment(env), env, options, Optional.of(log), Optional.empty());
    }

    /** Closes the pool and the Redis connection (the local server on shutdown; tests). */
    @Override
    public void close() {
        runtime.ifPresent(HabitsRuntime::close);
    }

    public HttpApi api() {
        return api;
    }

    /**
     * One round of the reminder scheduler (send what is due now, by the runtime's clock), when this handler built
     * its adapters itself: what the local server's scheduler thread runs every minute.
     */
    public Optional<Supplier<SendSummary>> reminderRound() {
        return runtime.map(r -> () -> r.reminderSender().sendDue(r.clock().instant()));
    }

    /** The adapters behind the API, when this handler built them itself. */
    Optional<HabitsRuntime> runtime() {
        return runtime;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return answer(api, event);
    }

    /**
     * One event through {@code through}, logged as every request is: the API itself, or SnapStart's priming API
     * ({@link SnapStartHooks}), which must take the same path.
     */
    APIGatewayV2HTTPResponse answer(HttpApi through, APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        HttpRequest request;
        try {
            request = ApiGatewayEvents.toRequest(event == null ? new APIGatewayV2HTTPEvent() : event);
        } catch (ApiGatewayEvents.UnreadableBody e) {
            String requestId = Optional.ofNullable(event.getRequestContext()).map(c -> c.getRequestId())
                    .orElseGet(() -> UUID.randomUUID().toString());
            var response = HttpApi.problem(Problem.malformedJson(e.getMessage()), requestId);
            log.record(new RequestLog.Entry(requestId, "?", "unmatched", response.status(), elapsedMs(start),
                    Optional.empty(), CacheCounters.NONE.snapshot(), Optional.empty()));
            return ApiGatewayEvents.toResponse(response);
        }
        // This request's cache hits and misses, counted on this thread; failures are claimed from the totals.
        RequestCacheCounts cache = new RequestCacheCounts();
        HttpApi.Exchange exchange = cache.during(() -> through.handle(request));
        log.record(new RequestLog.Entry(request.requestId(), request.method(), exchange.route(),
                exchange.response().status(), elapsedMs(start), exchange.userId(),
                new CacheCounters.Snapshot(cache.hits(), cache.misses(), cacheFailures.claim()), exchange.failure()));
        APIGatewayV2HTTPResponse response = ApiGatewayEvents.toResponse(exchange.response());
        runtime.ifPresent(HabitsRuntime::afterAnswer); // Redis starts, on a thread of its own, once the first answer is made
        return response;
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
