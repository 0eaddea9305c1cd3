package dev.form4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a project that depends on the library inherits: the installed pom is pom.xml (no reduced pom is made),
 * so its non-optional compile and runtime dependencies are exactly what the library runs on, and no class of
 * the library outside the command line needs the optional ones (the ANTLR tool, which pulls ICU4J, and
 * picocli). The README's "Light to depend on" gives the mvn command that shows a consumer's tree.
 */
class DependencyFootprintTest {

    private static final Set<String> LIBRARY_RUNS_ON = Set.of(
            "org.antlr:antlr4-runtime", "com.fasterxml.jackson.core:jackson-databind",
            "org.apache.commons:commons-csv", "org.jsoup:jsoup");

    /** Internal class-name prefixes of the command line's own dependencies and of the command line itself. */
    private static final List<String> CLI_ONLY = List.of(
            "picocli/", "org/antlr/v4/gui/", "org/antlr/v4/tool/", "org/antlr/v4/Tool", "org/antlr/v4/codegen/",
            "org/antlr/v4/parse/", "com/ibm/icu/", "dev/form4/cli/");

    @Test
    void inheritedDependenciesAreWhatTheLibraryRunsOn() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element dependencies = null; // the project's own, not those of dependencyManagement or a profile
        for (var child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("dependencies")) {
                dependencies = e;
            }
        }
        Set<String> inherited = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        NodeList list = dependencies.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            String id = text(d, "groupId") + ":" + text(d, "artifactId");
            String scope = text(d, "scope");
            if (scope.equals("test") || scope.equals("provided")) {
                continue;
            }
            (text(d, "optional").equals("true") ? optional : inherited).add(id);
        }
        assertEquals(new TreeSet<>(LIBRARY_RUNS_ON), inherited);
        assertEquals(Set.of("org.antlr:antlr4", "info.picocli:picocli"), optional);
    }

    @Test
    void noLibraryClassNeedsTheCommandLinesDependencies() throws IOException, URISyntaxException {
        Path classes = Path.of(Form4Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes.resolve("dev/form4")), classes.toString());
        List<String> offending;
        int checked;
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> library = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).toString().startsWith("dev/form4/cli/")).toList();
            checked = library.size();
            offending = library.stream().filter(DependencyFootprintTest::refersToTheCommandLine)
                    .map(f -> classes.relativize(f).toString()).toList();
        }
        assertTrue(checked > 100, "classes checked: " + checked);
        assertEquals(List.of(), offending);
    }

    /**
     * A class refers to another by its internal name (a UTF-8 constant of its constant pool, also inside
     * descriptors); reflection would name it with dots.
     */
    private static boolean refersToTheCommandLine(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return CLI_ONLY.stream().anyMatch(prefix -> constants.contains(prefix)
                    || constants.contains(prefix.replace('/', '.')));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
