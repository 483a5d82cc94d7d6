package org.duly.casefile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duly.domain.Checked;
import org.duly.domain.InvalidTimelineException;
import org.duly.domain.TimelineProblem;
import org.duly.domain.value.InvalidValueException;

/**
 * Builds a value (a child, an event, a complaint) from raw field values, reporting every problem at
 * once: an unknown field, a missing one, a value of the wrong kind (a date that is not a date, an
 * enum value the type does not know) and a broken invariant of the value. The attributes and their
 * types are read from the value type itself, so a new attribute needs no reader code.
 *
 * <p>Two kinds of value type are bound: an Immutables value (an interface or abstract class with a
 * static {@code builder()} of its own, as every Duly type has, or a generated {@code Immutable}
 * implementation with one), and a Java record (through its canonical constructor), as an
 * application's own event is most simply written. A field holds text, a date, a time, true or false,
 * a whole number or an enum value in its case-file spelling; {@code Optional} and {@code List}
 * fields hold one or several of those, and only the others are required.
 *
 * <p>A {@code dateTime} field ({@code 2024-03-05T14:30}, England's local time) may stand for
 * {@code date} and {@code time} together.
 */
final class RawValues {

    private static final BigDecimal SMALLEST_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal LARGEST_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** Text in the form of an ISO date, which {@link CaseFileTexts#date} may still refuse: out of range, or no day at all. */
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?[0-9]{4,9})-([0-9]{2})-([0-9]{2})");
    private static final String A_DATE = "a date such as 2024-03-05";
    private static final String A_DATE_IN_RANGE = "a date from " + CaseFileSchema.FIRST_DATE + " to " + CaseFileSchema.LAST_DATE
            + ", the days the working-day calendar supports";
    private static final String A_DATE_AND_TIME = "a date and time such as 2024-03-05T14:30";

    /** How each value type is bound, worked out once per type. */
    private static final ClassValue<Binding> BINDINGS = new ClassValue<>() {
        @Override
        protected Binding computeValue(Class<?> type) {
            return type.isRecord() ? RecordBinding.of(type) : ImmutablesBinding.of(type);
        }
    };

    private RawValues() {
    }

    /**
     * Builds a value of a record or an Immutables type from raw field values.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<StrategyDiscussion, TimelineProblem> read = RawValues.read(StrategyDiscussion.class,
     *     Map.of("date", "2024-03-05", "initiatedSection47", "maybe"), 4, "strategyDiscussion");
     * assertThat(read.problems()).containsExactly(TimelineProblem.of(4, "strategyDiscussion", "initiatedSection47",
     *     "expected true or false; found text of 5 characters"));
     * }</pre>
     *
     * @param type the value type: a record, or an Immutables interface or abstract class with a
     *     static {@code builder()} (its own or its generated {@code Immutable} implementation's)
     * @param values the raw fields by name; a null value counts as absent
     * @param position the position to report problems at (0 for a subject)
     * @param name the case-file name to report problems under
     * @param <T> the value type
     * @return the value, or every problem found
     * @throws IllegalArgumentException if the type can be bound neither way ({@link #check(Class)})
     */
    static <T> Checked<T, TimelineProblem> read(Class<T> type, Map<String, ?> values, int position, String name) {
        Binding binding = BINDINGS.get(type);
        Map<String, Attribute> attributes = binding.attributes();
        Map<String, Object> read = new LinkedHashMap<>();
        List<TimelineProblem> problems = new ArrayList<>();
        int ordinal = 0;
        for (Map.Entry<String, ?> field : values.entrySet()) {
            ordinal++;
            if (field.getValue() == null) {
                continue;
            }
            if (field.getKey().equals("dateTime") && attributes.containsKey("date") && attributes.containsKey("time")) {
                readDateTime(read, values, field.getValue(), position, name).ifPresent(problems::add);
                continue;
            }
            Attribute attribute = attributes.get(field.getKey());
            if (attribute == null) {
                List<String> expected = expectedFields(attributes);
                problems.add(TimelineProblem.of(position, name, fieldLabel(field.getKey(), ordinal), unknownField(field.getKey(), expected)
                        + "; expected one of: " + String.join(", ", expected)));
                continue;
            }
            attribute.assign(read, field.getValue()).ifPresent(message ->
                    problems.add(TimelineProblem.of(position, name, field.getKey(), message)));
        }
        for (Attribute attribute : attributes.values()) {
            if (attribute.required && values.get(attribute.name) == null
                    && !(attribute.name.equals("date") && values.get("dateTime") != null)) {
                problems.add(TimelineProblem.of(position, name, attribute.name, "missing; expected "
                        + attribute.expected()));
            }
        }
        if (!problems.isEmpty()) {
            // By field name, so that the order does not depend on the kind of map the values came in.
            problems.sort(Comparator.comparing(TimelineProblem::field));
            return Checked.invalid(problems, InvalidTimelineException::new);
        }
        return build(type, binding, read, position, name);
    }

    private static Optional<TimelineProblem> readDateTime(Map<String, Object> read, Map<String, ?> values, Object raw,
            int position, String name) {
        if (values.get("date") != null || values.get("time") != null) {
            return Optional.of(TimelineProblem.of(position, name, "dateTime",
                    "given with date or time; expected either dateTime alone or date with an optional time"));
        }
        LocalDateTime dateTime = raw instanceof String text ? CaseFileTexts.dateTime(text) : null;
        if (dateTime != null) {
            read.put("date", dateTime.toLocalDate());
            read.put("time", dateTime.toLocalTime());
            return Optional.empty();
        }
        Refusal refusal = raw instanceof String text && text.indexOf('T') > 0
                ? isoDateRefused(text.substring(0, text.indexOf('T')), raw).orElse(new Refusal(A_DATE_AND_TIME, found(raw)))
                : new Refusal(A_DATE_AND_TIME, found(raw));
        return Optional.of(TimelineProblem.of(position, name, "dateTime", refusal.message()));
    }

    /**
     * How a problem names a field: by its name where a message may quote it (one of Duly's words,
     * or a name shaped as a date or a number), else by its place among the fields given, counted
     * from 1 in the map's order ({@code field 3}): a field's name may be anything, a child's name
     * included. The case-file reader finds the field's line and column by the same label.
     *
     * @param key the field's name as given
     * @param ordinal its place among the fields given, from 1
     * @return the label
     */
    static String fieldLabel(String key, int ordinal) {
        return Quoting.quotable(key, CaseFileWords.all()) ? key : "field " + ordinal;
    }

    /**
     * What a problem says of a field no type has: {@code unknown field}, with the kind of name it
     * has where the label does not show it, and the nearest known name.
     *
     * @param key the field's name as given
     * @param known the fields there are
     * @return the message's first part, before what was expected
     */
    static String unknownField(String key, Collection<String> known) {
        return "unknown field" + Quoting.notShown(key, CaseFileWords.all()) + CaseFileWords.suggestion(key, known);
    }

    /** What a value that was refused should have been, and what it was, as a message says them. */
    private record Refusal(String expected, String found) {
        String message() {
            return "expected " + expected + "; found " + found;
        }
    }

    /** A value as a message quotes or describes it: Duly's own words may be quoted. */
    private static String found(Object raw) {
        return Quoting.found(raw, CaseFileWords.all());
    }

    /**
     * Why text in the form of an ISO date is not a date a case file may hold, if it is in that form:
     * outside the range, or no day of the calendar.
     */
    private static Optional<Refusal> isoDateRefused(String text, Object raw) {
        Matcher iso = ISO_DATE.matcher(text);
        if (!iso.matches()) {
            return Optional.empty();
        }
        String year = iso.group(1);
        if (year.length() > 4) {
            return Optional.of(new Refusal(A_DATE_IN_RANGE, found(raw)));
        }
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            return Optional.of(new Refusal(A_DATE_IN_RANGE, found(raw)));
        } catch (DateTimeException noSuchDay) {
            return Optional.of(new Refusal(A_DATE, found(raw) + ", which is no day of the calendar"));
        }
    }

    private static List<String> expectedFields(Map<String, Attribute> attributes) {
        List<String> names = new ArrayList<>(attributes.keySet());
        if (attributes.containsKey("date") && attributes.containsKey("time")) {
            names.add("dateTime");
        }
        names.sort(null);
        return names;
    }

    /**
     * Builds the value from the fields read. A broken invariant is a problem: at its field where the
     * value names it ({@link InvalidValueException}, as every Duly type does), otherwise at the
     * event's type, with the value's own words.
     */
    private static <T> Checked<T, TimelineProblem> build(Class<T> type, Binding binding, Map<String, Object> read, int position,
            String name) {
        try {
            return Checked.valid(type.cast(binding.build(read)));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                return Checked.invalid(List.of(TimelineProblem.of(position, name, invalid.field(), invalid.getMessage())),
                        InvalidTimelineException::new);
            }
            if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IllegalStateException) {
                return Checked.invalid(List.of(TimelineProblem.of(position, name, "type", "not a valid " + name + ": "
                        + e.getCause().getMessage() + "; expected values it accepts")), InvalidTimelineException::new);
            }
            throw new IllegalStateException("building " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " cannot be built by reflection", e);
        }
    }

    /**
     * Checks that a value type can be read from raw values and written back: a record whose
     * components (and those of its {@code Optional}s and {@code List}s) are text, dates, times,
     * booleans, whole numbers or enums, or an Immutables type with the same kinds of attributes and
     * a generated builder.
     *
     * <p>Example:
     * <pre>{@code
     * RawValues.check(ChildReturned.class);
     * assertThatThrownBy(() -> RawValues.check(String.class)).isInstanceOf(IllegalArgumentException.class);
     * }</pre>
     *
     * @param type the value type
     * @throws IllegalArgumentException saying why, if it cannot be
     */
    static void check(Class<?> type) {
        BINDINGS.get(type);
    }

    /** How a value type is built: its attributes by name, and a value from the attributes read. */
    private interface Binding {
        Map<String, Attribute> attributes();

        Object build(Map<String, Object> read) throws ReflectiveOperationException;
    }

    /** An Immutables value: its builder's setters, then {@code build()}. */
    private record ImmutablesBinding(MethodHandle builder, MethodHandle build, Map<String, Attribute> attributes) implements Binding {

        static ImmutablesBinding of(Class<?> type) {
            Method builder;
            Method build;
            try {
                builder = accessible(builderOf(type));
                build = accessible(builder.getReturnType().getMethod("build"));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type.getName() + " is neither a record nor an Immutables value with a"
                        + " static builder() or a generated Immutable" + type.getSimpleName() + " and its builder", e);
            }
            Map<String, Attribute> attributes = new TreeMap<>();
            for (Method accessor : type.getMethods()) {
                if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
                        || accessor.getReturnType() == void.class || attributes.containsKey(accessor.getName())) {
                    continue;
                }
                Attribute.ofImmutables(type, accessor, builder.getReturnType()).ifPresent(attribute -> attributes.put(attribute.name, attribute));
            }
            return new ImmutablesBinding(handle(builder, MethodType.methodType(Object.class)),
                    handle(build, MethodType.methodType(Object.class, Object.class)), byName(attributes));
        }

        /**
         * The value type's own static {@code builder()}, as every Duly type declares (its generated
         * implementation is package-private, its public nested {@code Builder} extends the generated
         * one); else the generated implementation's, as a value in Immutables' default style has.
         */
        private static Method builderOf(Class<?> type) throws ReflectiveOperationException {
            for (Method own : type.getDeclaredMethods()) {
                if (own.getName().equals("builder") && own.getParameterCount() == 0
                        && Modifier.isStatic(own.getModifiers())) {
                    return own;
                }
            }
            return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), true, type.getClassLoader())
                    .getMethod("builder");
        }

        @Override
        public Object build(Map<String, Object> read) throws ReflectiveOperationException {
            try {
                Object draft = (Object) builder.invokeExact();
                for (Map.Entry<String, Object> value : read.entrySet()) {
                    // A setter returns the builder, for chaining; the draft is already it.
                    Object chained = (Object) attributes.get(value.getKey()).setter.invokeExact(draft, value.getValue());
                }
                return (Object) build.invokeExact(draft);
            } catch (Throwable thrown) {
                // As a reflective call says it: whatever the builder threw, wrapped.
                throw new InvocationTargetException(thrown);
            }
        }
    }

    /** A record: its canonical constructor, with empty {@code Optional}s and lists for what was not given. */
    private record RecordBinding(Constructor<?> constructor, List<Attribute> components, Map<String, Attribute> attributes)
            implements Binding {

        static RecordBinding of(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            Constructor<?> constructor;
            try {
                constructor = accessible(type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
            List<Attribute> components = new ArrayList<>();
            Map<String, Attribute> attributes = new TreeMap<>();
            for (RecordComponent part : parts) {
                Attribute attribute = Attribute.ofRecord(type, part);
                components.add(attribute);
                attributes.put(attribute.name, attribute);
            }
            return new RecordBinding(constructor, List.copyOf(components), byName(attributes));
        }

        @Override
        public Object build(Map<String, Object> read) throws ReflectiveOperationException {
            Object[] arguments = new Object[components.size()];
            for (int i = 0; i < arguments.length; i++) {
                Attribute component = components.get(i);
                Object value = read.get(component.name);
                if (component.optional) {
                    arguments[i] = Optional.ofNullable(value);
                } else if (component.list) {
                    arguments[i] = value == null ? List.of() : List.copyOf((Collection<?>) value);
                } else {
                    arguments[i] = value;
                }
            }
            return constructor.newInstance(arguments);
        }
    }

    /**
     * The attributes sorted by name, as documentation and schemas list them, in a map that finds one
     * by its name in constant time: reading looks up every field of every event.
     */
    private static Map<String, Attribute> byName(Map<String, Attribute> sorted) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(sorted)));
    }

    /**
     * A method made callable through a handle of a type that takes and returns objects, worked out
     * once per value type: calling it costs no look-up and no array of arguments.
     */
    private static MethodHandle handle(Method method, MethodType type) {
        try {
            return MethodHandles.lookup().unreflect(method).asType(type);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(method + " cannot be called by Duly; make its class public", e);
        }
    }

    /** A method or constructor made callable from here: an application's record may be nested and not public. */
    private static <A extends AccessibleObject> A accessible(A member) {
        if (!member.trySetAccessible() && !(member instanceof Member m && Modifier.isPublic(m.getModifiers())
                && Modifier.isPublic(m.getDeclaringClass().getModifiers()))) {
            throw new IllegalArgumentException(member + " cannot be called by Duly; make its class public");
        }
        return member;
    }

    /**
     * One attribute: its name, how it is read from a value (and, for an Immutables value, the builder
     * method that sets it), the type of one raw value, and whether it is optional, a list, required.
     */
    private static final class Attribute {
        private static final Set<Class<?>> PLAIN = Set.of(String.class, LocalDate.class, LocalTime.class, boolean.class,
                Boolean.class, int.class, Integer.class);

        private final String name;
        private final Method accessor;
        /** An Immutables attribute's setter on the builder, taking and returning objects; null for a record's component. */
        private final MethodHandle setter;
        private final Class<?> valueType;
        private final boolean optional;
        private final boolean list;
        private final boolean required;
        /** An enum attribute's values by their case-file spelling; empty for other attributes. */
        private final Map<String, Object> spellings;

        private Attribute(Class<?> type, String name, Method accessor, Method setter, Class<?> valueType, boolean optional,
                boolean list, boolean required) {
            if (!PLAIN.contains(valueType) && !valueType.isEnum()) {
                throw new IllegalArgumentException(type.getName() + "." + name + " holds " + valueType.getSimpleName()
                        + ", which a case file cannot; expected text, a date, a time, true or false, a whole number or an enum"
                        + " (or an Optional or a List of one)");
            }
            if (name.equals("type")) {
                throw new IllegalArgumentException(type.getName() + " has a field named type, which in a case file is the"
                        + " event's type; expected another name");
            }
            this.name = name;
            this.accessor = accessible(accessor);
            this.setter = setter == null ? null : handle(accessible(setter), MethodType.methodType(Object.class, Object.class, Object.class));
            this.valueType = valueType;
            this.optional = optional;
            this.list = list;
            this.required = required;
            Map<String, Object> spelled = new LinkedHashMap<>();
            if (valueType.isEnum()) {
                for (Object constant : valueType.getEnumConstants()) {
                    spelled.put(CaseFileSpelling.of((Enum<?>) constant), constant);
                }
            }
            this.spellings = Collections.unmodifiableMap(spelled);
        }

        /** An attribute of an Immutables value: an accessor its builder has a setter for, if it has one. */
        static Optional<Attribute> ofImmutables(Class<?> type, Method accessor, Class<?> builderType) {
            Class<?> returned = accessor.getReturnType();
            boolean optional = returned == Optional.class;
            boolean list = List.class.isAssignableFrom(returned);
            Class<?> valueType = optional || list ? typeArgument(accessor.getGenericReturnType()) : returned;
            boolean required = Modifier.isAbstract(accessor.getModifiers()) && !optional && !list;
            // The setter taking one plain value (an Optional<Integer> is set with an int), or an Iterable for a list.
            for (Method setter : builderType.getMethods()) {
                if (setter.getName().equals(accessor.getName()) && setter.getParameterCount() == 1
                        && setter.getParameterTypes()[0] != Optional.class
                        && (setter.getParameterTypes()[0] == Iterable.class) == list) {
                    return Optional.of(new Attribute(type, accessor.getName(), accessor, setter, valueType, optional, list, required));
                }
            }
            return Optional.empty();
        }

        /** A component of a record: required unless it is an {@code Optional} or a {@code List}. */
        static Attribute ofRecord(Class<?> type, RecordComponent component) {
            Class<?> declared = component.getType();
            boolean optional = declared == Optional.class;
            boolean list = declared == List.class;
            Class<?> valueType = optional || list ? typeArgument(component.getGenericType()) : declared;
            return new Attribute(type, component.getName(), component.getAccessor(), null, valueType, optional, list,
                    !optional && !list);
        }

        private static Class<?> typeArgument(Type generic) {
            Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return argument instanceof Class<?> type ? type : (Class<?>) ((ParameterizedType) argument).getRawType();
        }

        Object get(Object value) {
            try {
                return accessor.invoke(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("reading " + name + " failed", e.getCause());
            }
        }

        /** Whether a value equals the attribute's default, read from the interface's default method on a bare proxy. */
        boolean isDefault(Class<?> type, Object current) {
            if (!type.isInterface() || !accessor.isDefault()) {
                return false;
            }
            try {
                Object bare = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, arguments) -> {
                            throw new UnsupportedOperationException("a default that reads another attribute");
                        });
                return current.equals(InvocationHandler.invokeDefault(bare, accessor));
            } catch (Throwable e) {
                // A default computed from other attributes cannot be read bare: keep the value.
                return false;
            }
        }

        /** Reads the attribute from a raw value into the values read; the message says what was wrong, if anything was. */
        Optional<String> assign(Map<String, Object> read, Object raw) {
            Object value;
            if (list) {
                if (!(raw instanceof Collection<?> elements)) {
                    return Optional.of("expected a list of " + expected() + "; found " + found(raw));
                }
                List<Object> converted = new ArrayList<>();
                for (Object element : elements) {
                    Object one = convert(element);
                    if (one instanceof Refusal refusal) {
                        return Optional.of("expected a list of " + expected() + "; found " + refusal.found() + " in it");
                    }
                    converted.add(one);
                }
                value = converted;
            } else {
                Object one = convert(raw);
                if (one instanceof Refusal refusal) {
                    return Optional.of(refusal.message());
                }
                value = one;
            }
            read.put(name, value);
            return Optional.empty();
        }

        String expected() {
            if (valueType == LocalDate.class) {
                return "a date such as 2024-03-05";
            } else if (valueType == LocalTime.class) {
                return "a time such as 14:30";
            } else if (valueType == boolean.class || valueType == Boolean.class) {
                return "true or false";
            } else if (valueType == int.class || valueType == Integer.class) {
                return "a whole number";
            } else if (valueType.isEnum()) {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) valueType;
                return "one of: " + CaseFileSpelling.allOf(enumType);
            }
            return "text";
        }

        /**
         * A raw value read as the attribute's type, or the {@link Refusal} saying why it cannot be:
         * exactly what the schema ({@link CaseFileSchema}) accepts, nothing converted. Text is
         * text (taken as written, at most {@value CaseFileSchema#LONGEST_TEXT} characters, not
         * blank), a boolean a JSON boolean, a whole number a JSON number with no fraction, a date or
         * time text in its ISO form within the calendar's range, an enum value its case-file spelling.
         */
        private Object convert(Object raw) {
            if (valueType == String.class) {
                if (raw instanceof String text && text.length() > CaseFileSchema.LONGEST_TEXT
                        && text.codePointCount(0, text.length()) > CaseFileSchema.LONGEST_TEXT) {
                    return new Refusal("text of at most " + CaseFileSchema.LONGEST_TEXT + " characters", Quoting.describe(text));
                }
                return raw instanceof String text && CaseFileTexts.isText(text) ? text : new Refusal(expected(), found(raw));
            } else if (valueType == LocalDate.class) {
                LocalDate date = raw instanceof String text ? CaseFileTexts.date(text) : null;
                if (date != null) {
                    return date;
                }
                return raw instanceof String text ? isoDateRefused(text, raw).orElse(new Refusal(A_DATE, found(raw)))
                        : new Refusal(A_DATE, found(raw));
            } else if (valueType == LocalTime.class) {
                LocalTime time = raw instanceof String text ? CaseFileTexts.time(text) : null;
                return time != null ? time : new Refusal(expected(), found(raw));
            } else if (valueType == boolean.class || valueType == Boolean.class) {
                return raw instanceof Boolean ? raw : new Refusal(expected(), found(raw));
            } else if (valueType == int.class || valueType == Integer.class) {
                return wholeNumber(raw);
            }
            Object constant = raw instanceof String text ? spellings.get(text) : null;
            if (constant != null) {
                return constant;
            }
            String suggestion = raw instanceof String text ? CaseFileWords.suggestion(text, spellings.keySet()) : "";
            return new Refusal(expected(), Quoting.found(raw, CaseFileWords.enumWords(valueType)) + suggestion);
        }

        /** A JSON number with no fraction (1 and 1.0 alike, as JSON Schema's integer) within an int's range. */
        private Object wholeNumber(Object raw) {
            BigDecimal number;
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
                number = BigDecimal.valueOf(((Number) raw).longValue());
            } else if (raw instanceof BigInteger big) {
                number = new BigDecimal(big);
            } else if (raw instanceof BigDecimal decimal) {
                number = decimal;
            } else if ((raw instanceof Double || raw instanceof Float) && Double.isFinite(((Number) raw).doubleValue())) {
                number = BigDecimal.valueOf(((Number) raw).doubleValue());
            } else {
                return new Refusal(expected(), found(raw));
            }
            // Compared before anything else: 1e999999999 is short to write and huge to expand.
            if (number.compareTo(SMALLEST_INT) < 0 || number.compareTo(LARGEST_INT) > 0) {
                return new Refusal("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, found(raw));
            }
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                return new Refusal(expected(), found(raw));
            }
            return number.intValue();
        }
    }

    /**
     * The raw field values of a value, as a case file holds them: the inverse of
     * {@link #read(Class, Map, int, String)}. Dates and times are ISO text ({@code date} and
     * {@code time} together become one {@code dateTime}), enum values are in their case-file
     * spelling, and an absent optional, an empty list or a value equal to its default is left out.
     * The date comes first, the other fields follow by name.
     *
     * <p>Example:
     * <pre>{@code
     * StrategyDiscussion discussion = StrategyDiscussion.builder()
     *     .date(LocalDate.of(2024, 3, 5)).time(LocalTime.of(14, 30)).initiatedSection47(true).build();
     * assertThat(RawValues.write(StrategyDiscussion.class, discussion))
     *     .containsExactly(entry("dateTime", "2024-03-05T14:30"), entry("initiatedSection47", true));
     * }</pre>
     *
     * @param type the value type: a record, or an Immutables interface or abstract class with a
     *     static {@code builder()} (its own or its generated {@code Immutable} implementation's)
     * @param value the value
     * @param <T> the value type
     * @return the fields by name, in case-file order
     * @throws IllegalArgumentException if the type can be bound neither way ({@link #check(Class)})
     */
    static <T> Map<String, Object> write(Class<T> type, T value) {
        Map<String, Attribute> attributes = BINDINGS.get(type).attributes();
        Map<String, Object> fields = new TreeMap<>();
        for (Attribute attribute : attributes.values()) {
            Object current = attribute.get(value);
            if (current instanceof Optional<?> optional) {
                current = optional.orElse(null);
            }
            if (current == null || current instanceof Collection<?> list && list.isEmpty()
                    || !attribute.required && attribute.isDefault(type, current)) {
                continue;
            }
            fields.put(attribute.name, current instanceof Collection<?> list
                    ? list.stream().map(RawValues::raw).toList() : raw(current));
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        if (fields.containsKey("time") && fields.containsKey("date")) {
            ordered.put("dateTime", fields.remove("date") + "T" + fields.remove("time"));
        } else if (fields.containsKey("date")) {
            ordered.put("date", fields.remove("date"));
        }
        ordered.putAll(fields);
        return ordered;
    }

    private static Object raw(Object value) {
        if (value instanceof Enum<?> constant) {
            return CaseFileSpelling.of(constant);
        }
        return value instanceof LocalDate || value instanceof LocalTime ? value.toString() : value;
    }

    /**
     * One field a value type accepts from raw values, for documentation and schemas.
     *
     * @param name the field's case-file name
     * @param required whether the field must be given
     * @param list whether the field holds a list of values
     * @param valueType the type of one value: text, a date, a time, true or false, a whole number or an enum
     */
    record Field(String name, boolean required, boolean list, Class<?> valueType) {
    }

    /**
     * The fields a value type accepts from raw values, by name, with what each holds. A type with
     * a date and a time also accepts a {@code dateTime} ({@link LocalDateTime}) in their place.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(RawValues.describe(StrategyDiscussion.class)).extracting(RawValues.Field::name)
     *     .containsExactly("date", "initiatedSection47", "time");
     * assertThat(RawValues.describe(StrategyDiscussion.class).get(1).valueType()).isEqualTo(boolean.class);
     * }</pre>
     *
     * @param type the value type
     * @return the fields, sorted by name
     */
    static List<Field> describe(Class<?> type) {
        return BINDINGS.get(type).attributes().values().stream()
                .map(attribute -> new Field(attribute.name, attribute.required, attribute.list, attribute.valueType)).toList();
    }

    /**
     * The fields a value type accepts from raw values, for documentation and schemas.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(RawValues.fieldsOf(StrategyDiscussion.class)).containsExactly("date", "dateTime", "initiatedSection47", "time");
     * }</pre>
     *
     * @param type the value type
     * @return the field names, sorted
     */
    static List<String> fieldsOf(Class<?> type) {
        return expectedFields(BINDINGS.get(type).attributes());
    }

    /**
     * The fields a value type requires, for documentation and schemas.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(RawValues.requiredFieldsOf(StrategyDiscussion.class)).containsExactly("date", "initiatedSection47");
     * }</pre>
     *
     * @param type the value type
     * @return the required field names, sorted
     */
    static List<String> requiredFieldsOf(Class<?> type) {
        return BINDINGS.get(type).attributes().values().stream()
                .filter(attribute -> attribute.required).map(attribute -> attribute.name).collect(Collectors.toList());
    }
}
