package org.vigil.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.vigil.contracts.problem.FieldError;
import org.vigil.problem.ProblemException;

/**
 * Refuses a read with a query parameter its operation does not take: a 400 naming it. A filter
 * a service silently ignored (a misspelt {@code contry=DE}, or one it does not know yet) would
 * answer the whole unfiltered record as if it were the filtered one.
 */
public class KnownParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        Set<String> names = known.computeIfAbsent(method, KnownParameters::queryParameters);
        List<FieldError> unknown = new TreeSet<>(
                        request.getUriInfo().getQueryParameters().keySet())
                .stream()
                        .filter(name -> !names.contains(name))
                        .map(name -> new FieldError(name, "is not a parameter of this operation"))
                        .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
    }

    /** The query parameters {@code method} declares, directly or in its {@code @BeanParam}s. */
    static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
            if (query != null) {
                names.add(query.value());
            } else if (restQuery != null) {
                names.add(restQuery.value().isEmpty() ? parameter.getName() : restQuery.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFields(parameter.getType(), names);
            }
        }
        return Set.copyOf(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                RestQuery restQuery = field.getAnnotation(RestQuery.class);
                if (query != null) {
                    names.add(query.value());
                } else if (restQuery != null) {
                    names.add(restQuery.value().isEmpty() ? field.getName() : restQuery.value());
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    addFields(field.getType(), names);
                }
            }
        }
    }
}
