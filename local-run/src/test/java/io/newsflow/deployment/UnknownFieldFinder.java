package io.newsflow.deployment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields the Kubernetes API does not define in a parsed fabric8 model object. fabric8 does not
 * reject them: it keeps them in each object's {@code additionalProperties}, and the API server would
 * silently drop them (a misspelt {@code readinesProbe} just means no readiness probe). So this walks the
 * whole object tree and reports every such field by its path.
 */
final class UnknownFieldFinder {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
    private static final String ADDITIONAL_PROPERTIES = "getAdditionalProperties";

    private UnknownFieldFinder() {
    }

    static List<String> find(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                walk(element, path + "[" + index++ + "]", found);
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> walk(value, path + "[" + key + "]", found));
        } else if (node != null && !node.getClass().isEnum()
                && node.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            walkProperties(node, path, found);
        }
    }

    private static void walkProperties(Object node, String path, List<String> found) {
        for (Method getter : node.getClass().getMethods()) {
            if (!isPropertyGetter(getter)) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals(ADDITIONAL_PROPERTIES)) {
                ((Map<?, ?>) value).keySet().forEach(key -> found.add(path + "." + key));
            } else {
                walk(value, path + "." + propertyName(getter), found);
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getName().startsWith("get")
                && method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class;
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + getter + " while looking for unknown fields", e);
        }
    }
}
