package org.duly.examples.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java examples of the documentation, found and compiled: every fenced {@code java} block of a
 * Markdown file and every {@code <pre>{@code ...}</pre>} example of a Java source's Javadoc. An
 * example is compiled as statements (in a method of a class that declares the names examples use,
 * such as {@code timeline}, {@code policy} and {@code schedule}), else as members of such a class,
 * else as a compilation unit of its own; it must compile one way.
 */
final class Snippets {

    /**
     * Where an example is and what it says.
     *
     * @param file the file, as the repository names it
     * @param line the line the example starts on
     * @param code the example
     * @param sources the Java files the example's section of a guide links to, from the repository's
     *     root: an excerpt of one of them is checked against it (that file is itself compiled)
     */
    record Snippet(String file, int line, String code, List<String> sources) {
        Snippet(String file, int line, String code) {
            this(file, line, code, List.of());
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** What every example may use without importing it: the names a reader of Duly's documentation has in scope. */
    static final String IMPORTS = """
            import static org.assertj.core.api.Assertions.*;
            import static org.duly.testkit.DulyAssertions.*;
            import static org.duly.timescales.Timescales.*;
            import static org.duly.timescales.period.Periods.*;
            import static org.duly.workflows.cases.ChildFacts.*;
            import static org.duly.workflows.policy.Rules.*;
            import static org.duly.workflows.vocabulary.CaseEvents.*;
            import static org.duly.workflows.vocabulary.Conditions.*;
            import static org.duly.workflows.vocabulary.Circumstances.*;
            import static org.duly.workflows.vocabulary.Applicabilities.*;
            import java.nio.file.*;
            import java.time.*;
            import java.util.*;
            import org.duly.casefile.*;
            import org.duly.domain.*;
            import org.duly.domain.care.*;
            import org.duly.domain.complaints.*;
            import org.duly.domain.events.*;
            import org.duly.domain.staff.*;
            import org.duly.domain.workforce.*;
            import org.duly.policies.derbyshire.*;
            import org.duly.testkit.*;
            import org.duly.timescales.*;
            import org.duly.timescales.calendar.*;
            import org.duly.timescales.period.Age;
            import org.duly.timescales.period.LeapDayBirthdays;
            import org.duly.timescales.period.MonthEndAmbiguity;
            import org.duly.timescales.period.MonthEndRounding;
            import org.duly.timescales.period.Periods;
            import org.duly.workflows.cases.*;
            import org.duly.workflows.engine.*;
            import org.duly.workflows.policy.*;
            import org.duly.workflows.vocabulary.*;
            import org.duly.examples.policyauthors.*;
            import org.junit.jupiter.api.Test;
            import com.fasterxml.jackson.databind.ObjectMapper;
            """;

    private static final Pattern FENCE = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*\\}</pre>", Pattern.DOTALL);

    private Snippets() {
    }

    private static final Pattern PRINTS = Pattern.compile("\\A```\\n\\n```text\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    /**
     * A program of a Markdown file: a Java block with a {@code main} method, followed at once by a
     * text block of what it prints.
     *
     * @param snippet the program
     * @param className its public class
     * @param prints what the file says it prints
     */
    record Program(Snippet snippet, String className, String prints) {
    }

    /** The programs of a Markdown file. */
    static List<Program> programs(Path root, String file) {
        String text = read(root.resolve(file));
        List<Program> found = new ArrayList<>();
        Matcher block = FENCE.matcher(text);
        while (block.find()) {
            // The fence's closing ``` is the start of what follows: a text block right after it is what the program prints.
            Matcher prints = PRINTS.matcher(text.substring(block.end() - 3));
            if (block.group(1).contains("public static void main(") && prints.find()) {
                Snippet snippet = new Snippet(file, lineOf(text, block.start()) + 1, block.group(1));
                found.add(new Program(snippet, unitName(block.group(1), ""), prints.group(1)));
            }
        }
        return found;
    }

    /**
     * Runs a compiled program's {@code main} and gives what it printed.
     *
     * @param program the program
     * @param output where it was compiled to
     * @return its standard output
     */
    static String print(Program program, Path output) throws Exception {
        java.io.PrintStream standard = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {output.toUri().toURL()},
                Snippets.class.getClassLoader())) {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(program.className()).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(standard);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static final Pattern LINKED_SOURCE = Pattern.compile("\\]\\(([^)\\s]+\\.java)\\)");

    /** The fenced java blocks of a Markdown file, each with the Java sources its section links to. */
    static List<Snippet> markdown(Path root, String file) {
        String text = read(root.resolve(file));
        Path folder = Path.of(file).getParent() == null ? Path.of("") : Path.of(file).getParent();
        List<Snippet> found = new ArrayList<>();
        Matcher block = FENCE.matcher(text);
        while (block.find()) {
            int sectionStart = Math.max(0, text.lastIndexOf("\n## ", block.start()));
            int sectionEnd = text.indexOf("\n## ", block.end());
            String section = text.substring(sectionStart, sectionEnd < 0 ? text.length() : sectionEnd);
            List<String> sources = new ArrayList<>();
            Matcher link = LINKED_SOURCE.matcher(section);
            while (link.find()) {
                sources.add(folder.resolve(link.group(1)).normalize().toString());
            }
            found.add(new Snippet(file, lineOf(text, block.start()) + 1, block.group(1), List.copyOf(sources)));
        }
        return found;
    }

    /**
     * Whether an example that does not compile on its own is an excerpt of a source its section links
     * to: its lines, but for "..." lines and blank ones, stand in that file in the same order.
     */
    static boolean isExcerpt(Path root, Snippet snippet) {
        List<String> lines = snippet.code().lines().map(Snippets::normalised)
                .filter(line -> !line.isEmpty() && !line.equals("...")).toList();
        for (String source : snippet.sources()) {
            List<String> file = read(root.resolve(source)).lines().map(Snippets::normalised).toList();
            int at = 0;
            for (String line : lines) {
                while (at < file.size() && !file.get(at).equals(line)) {
                    at++;
                }
                if (at == file.size()) {
                    break;
                }
                at++;
            }
            if (!lines.isEmpty() && at <= file.size() && containsInOrder(file, lines)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsInOrder(List<String> file, List<String> lines) {
        int at = 0;
        for (String line : lines) {
            while (at < file.size() && !file.get(at).equals(line)) {
                at++;
            }
            if (at == file.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** A line with its white space folded, so an excerpt may be indented as the guide likes. */
    private static String normalised(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    /** The examples of a Java source's Javadoc. */
    static List<Snippet> javadoc(Path root, String file) {
        String text = read(root.resolve(file));
        List<Snippet> found = new ArrayList<>();
        Matcher block = JAVADOC.matcher(text);
        while (block.find()) {
            StringBuilder code = new StringBuilder();
            for (String line : block.group(1).split("\n")) {
                code.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
            }
            found.add(new Snippet(file, lineOf(text, block.start()) + 1, code.toString().replace("&#64;", "@")));
        }
        return found;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles every example, each in the first form that compiles.
     *
     * @param snippets the examples
     * @param output where the class files go
     * @return for each example that compiles in no form, the compiler's errors in its likeliest form
     */
    static Map<Snippet, String> failures(List<Snippet> snippets, Path output) {
        Map<Snippet, String> failing = new LinkedHashMap<>();
        List<Snippet> left = snippets;
        for (Form form : Form.values()) {
            Map<Snippet, String> errors = compile(left, form, output);
            failing.keySet().removeIf(snippet -> !errors.containsKey(snippet));
            // Report the form with the fewest errors: the one the example was most likely written in.
            errors.forEach((snippet, error) -> failing.merge(snippet, error,
                    (earlier, later) -> later.lines().count() < earlier.lines().count() ? later : earlier));
            left = new ArrayList<>(errors.keySet());
            if (left.isEmpty()) {
                break;
            }
        }
        return failing;
    }

    /** The ways an example is wrapped to compile, most likely first. */
    enum Form {
        STATEMENTS, MEMBERS, UNIT;

        String wrap(String className, String code) {
            // An example may show the imports it needs above its statements: they go to the top.
            String imports = code.lines().filter(line -> line.startsWith("import ")).map(line -> line + "\n")
                    .collect(java.util.stream.Collectors.joining());
            String body = code.lines().filter(line -> !line.startsWith("import "))
                    .collect(java.util.stream.Collectors.joining("\n"));
            return switch (this) {
                case STATEMENTS -> IMPORTS + imports + "@SuppressWarnings(\"unused\") public class " + className + " extends "
                        + Context.class.getName() + " {\n public void example() throws Exception {\n" + body + "\n}\n}\n";
                case MEMBERS -> IMPORTS + imports + "@SuppressWarnings(\"unused\") class " + className + " extends "
                        + Context.class.getName() + " {\n" + body + "\n}\n";
                case UNIT -> code.contains("package ") || code.contains("class ") && code.contains("import ") ? code : IMPORTS + code;
            };
        }
    }

    /**
     * Compiles examples in one form only: a program, say, as the compilation unit it is.
     *
     * @param snippets the examples
     * @param form the form
     * @param output where the class files go
     * @return the errors of each example that does not compile
     */
    static Map<Snippet, String> failuresAs(List<Snippet> snippets, Form form, Path output) {
        return compile(snippets, form, output);
    }

    /** The class an example compiled to as statements, to run it; named as {@link #compile} names it. */
    static String statementsClass(Snippet snippet) {
        return "Example" + Math.abs(snippet.toString().hashCode()) + Form.STATEMENTS.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Runs an example compiled as statements, so that what it asserts is checked, not only that it
     * compiles.
     *
     * @param snippet the example
     * @param output where its class was compiled to
     * @return the failure, or empty when it ran through
     */
    static java.util.Optional<Throwable> run(Snippet snippet, Path output) {
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {output.toUri().toURL()},
                Snippets.class.getClassLoader())) {
            Object example = loader.loadClass(statementsClass(snippet)).getConstructor().newInstance();
            example.getClass().getMethod("example").invoke(example);
            return java.util.Optional.empty();
        } catch (java.lang.reflect.InvocationTargetException e) {
            return java.util.Optional.of(e.getCause());
        } catch (ReflectiveOperationException | IOException e) {
            return java.util.Optional.of(e);
        }
    }

    private static Map<Snippet, String> compile(List<Snippet> snippets, Form form, Path output) {
        Map<Snippet, String> errors = new LinkedHashMap<>();
        // One task per example: a unit may declare any class name, and one example's error must not hide another's.
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet snippet = snippets.get(i);
            String className = "Example" + Math.abs(snippet.toString().hashCode()) + form.name().toLowerCase(Locale.ROOT);
            String source = form.wrap(className, snippet.code());
            String fileName = form == Form.UNIT ? unitName(snippet.code(), className) : className;
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
                    "-proc:none", "-Xlint:none", "-nowarn");
            boolean ok = compiler.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
            if (!ok) {
                StringBuilder error = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                    if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                        error.append("  ").append(form).append(" line ").append(diagnostic.getLineNumber()).append(": ")
                                .append(diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("")).append('\n');
                    }
                }
                errors.put(snippet, error.toString());
            }
        }
        return errors;
    }

    /** A compilation unit's file is named after its public class, when it has one. */
    private static String unitName(String code, String otherwise) {
        Matcher type = Pattern.compile("public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum)\\s+(\\w+)")
                .matcher(code);
        return type.find() ? type.group(1) : otherwise;
    }
}
