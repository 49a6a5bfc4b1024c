package org.vigil.web;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity provider's part of the stand-in: discovery, a sign-in page that signs everyone in
 * at once as one contributor, the token endpoint for the web app's own token and for the
 * authorization-code exchange (tokens signed with quarkus-test-oidc-server's test key), its JWKS.
 */
final class IdentityStandIn {

    /** The account name: it must never appear on a page. */
    static final String ACCOUNT_NAME = "ana.account@example.org";

    static final String CODE = "stand-in-code";

    /** The PKCE challenge method of the last sign-in the browser was sent to. */
    static volatile String lastChallengeMethod;

    /** The form of the last authorization-code exchange (its {@code redirect_uri} must match). */
    static volatile String lastCodeExchange;

    private IdentityStandIn() {}

    static void answer(HttpServerRequest request) {
        String issuer = "http://" + request.authority() + "/realms/test";
        String path = request.path().substring("/realms/test".length());
        switch (path) {
            case "/.well-known/openid-configuration" ->
                PublicApiStandIn.json(
                        request,
                        200,
                        new JsonObject()
                                .put("issuer", issuer)
                                .put("authorization_endpoint", issuer + "/protocol/openid-connect/auth")
                                .put("token_endpoint", issuer + "/protocol/openid-connect/token")
                                .put("jwks_uri", issuer + "/protocol/openid-connect/certs")
                                .put("end_session_endpoint", issuer + "/protocol/openid-connect/logout")
                                .put("code_challenge_methods_supported", List.of("S256"))
                                .encode());
            case "/protocol/openid-connect/certs" ->
                PublicApiStandIn.json(request, 200, "{\"keys\":[" + resource("publicKey.jwk") + "]}");
            case "/protocol/openid-connect/auth" -> {
                lastChallengeMethod = request.getParam("code_challenge_method");
                String target = URLDecoder.decode(request.getParam("redirect_uri"), StandardCharsets.UTF_8) + "?state="
                        + URLEncoder.encode(request.getParam("state"), StandardCharsets.UTF_8) + "&code=" + CODE;
                request.response()
                        .setStatusCode(302)
                        .putHeader("Location", target)
                        .end();
            }
            case "/protocol/openid-connect/logout" ->
                request.response()
                        .setStatusCode(302)
                        .putHeader(
                                "Location",
                                URLDecoder.decode(
                                        String.valueOf(request.getParam("post_logout_redirect_uri")),
                                        StandardCharsets.UTF_8))
                        .end();
            case "/protocol/openid-connect/token" ->
                request.body().onSuccess(body -> {
                    String form = body.toString(StandardCharsets.UTF_8);
                    if (form.contains("grant_type=authorization_code")) {
                        lastCodeExchange = URLDecoder.decode(form, StandardCharsets.UTF_8);
                        PublicApiStandIn.json(
                                request,
                                200,
                                new JsonObject()
                                        .put("access_token", userToken(issuer))
                                        .put("id_token", idToken(issuer))
                                        .put("token_type", "Bearer")
                                        .put("expires_in", 300)
                                        .encode());
                    } else {
                        PublicApiStandIn.json(
                                request,
                                200,
                                "{\"access_token\":\"" + PublicApiStandIn.TOKEN
                                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
                    }
                });
            default -> PublicApiStandIn.json(request, 404, "{\"status\":404}");
        }
    }

    /** The access token the web app must pass on to moderation-service. */
    static String userToken(String issuer) {
        return Jwt.issuer(issuer)
                .subject("user-ana")
                .audience(Set.of("vigil-api"))
                .preferredUserName(ACCOUNT_NAME)
                .claim("realm_access", Map.of("roles", List.of("contributor", "moderator", "admin")))
                .expiresIn(300)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    private static String idToken(String issuer) {
        return Jwt.issuer(issuer)
                .subject("user-ana")
                .audience(Set.of("vigil-web"))
                .preferredUserName(ACCOUNT_NAME)
                .claim("email", ACCOUNT_NAME)
                .expiresIn(300)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    private static String resource(String name) {
        try (InputStream in = IdentityStandIn.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
