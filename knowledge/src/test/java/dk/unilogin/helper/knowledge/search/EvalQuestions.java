package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The questions of every evaluation set, for tests that compare two ways of reading them. */
final class EvalQuestions {
    private static final Pattern QUESTION = Pattern.compile("\"q\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private EvalQuestions() {
    }

    static List<String> all() throws IOException {
        List<String> questions = new ArrayList<>();
        for (String set : List.of("dev", "extra", "fresh", "stories", "stories-check", "stories-holdout", "stories-fresh", "stories-fresh2", "stories-fresh3", "stories-fresh4",
                "stories-fresh5", "stories-mixed-a", "stories-mixed-b", "stories-fresh6", "stories-fresh7", "stories-fresh8",
                "stories-fresh9", "stories-fresh10", "stories-fresh11", "stories-fresh12", "stories-fresh13", "stories-fresh14", "stories-fresh15",
                "stories-fresh16", "stories-fresh17", "stories-fresh18", "stories-fresh19",
                "stories-fresh20", "stories-fresh21", "stories-fresh22", "stories-fresh23", "stories-fresh24",
                "stories-fresh25", "stories-fresh26", "stories-fresh27", "stories-fresh28",
                "stories-fresh29", "stories-fresh30", "stories-fresh31",
                "stories-fresh32", "stories-fresh33", "stories-fresh34",
                "stories-fresh35", "stories-fresh36", "stories-fresh37", "stories-fresh38",
                "stories-fresh39", "stories-fresh40", "stories-fresh41", "stories-fresh42",
                "stories-fresh43", "stories-fresh44", "stories-fresh45", "stories-fresh46",
                "stories-fresh47", "stories-fresh48", "stories-fresh49", "stories-fresh50",
                "stories-fresh51", "stories-fresh52", "stories-fresh53", "stories-fresh54",
                "stories-fresh55", "stories-fresh56", "stories-fresh57", "stories-fresh58",
                "stories-fresh59", "stories-fresh60", "stories-fresh61", "stories-fresh62",
                "stories-fresh63", "stories-fresh64", "stories-fresh65", "stories-fresh66",
                "stories-fresh67", "stories-fresh68", "stories-fresh69", "stories-fresh70",
                "stories-fresh71", "stories-fresh72", "stories-fresh73", "stories-fresh74",
                "stories-fresh75", "stories-fresh76",
                "stories-fresh77", "stories-fresh78", "stories-fresh79", "stories-fresh80", "stories-fresh81", "stories-fresh82", "stories-fresh83", "stories-fresh84", "stories-fresh85", "stories-fresh86", "stories-fresh87", "stories-fresh88", "stories-fresh89", "stories-fresh90", "stories-fresh91", "stories-fresh92",
                "stories-fresh93", "stories-fresh94", "stories-fresh95", "stories-fresh96", "stories-fresh97", "stories-fresh98", "stories-fresh99", "stories-fresh100", "stories-fresh101", "stories-fresh102", "stories-fresh103", "stories-fresh104", "stories-fresh105", "stories-fresh106", "stories-fresh107", "stories-fresh108", "stories-fresh109", "stories-fresh110",
                "stories-fresh111", "stories-fresh112", "stories-fresh113", "stories-fresh114", "stories-fresh115", "stories-fresh116", "stories-fresh117", "stories-fresh118", "stories-fresh119", "stories-fresh120", "stories-fresh121", "stories-fresh122",
                "stories-fresh123", "stories-fresh124", "stories-fresh125", "stories-fresh126", "stories-fresh127", "stories-fresh128",
                "stories-fresh129", "stories-fresh130", "stories-fresh131", "stories-fresh132", "stories-fresh133", "stories-fresh134",
                "stories-fresh135", "stories-fresh136", "stories-fresh137", "stories-fresh138",
                "stories-fresh139", "stories-fresh140", "stories-fresh141", "stories-fresh142",
                "stories-fresh143", "stories-fresh144", "stories-fresh145", "stories-fresh146", "stories-fresh147", "stories-fresh148",
                "stories-fresh149", "stories-fresh150", "stories-fresh151", "stories-fresh152", "stories-fresh153",
                "stories-fresh154", "stories-fresh155", "stories-fresh156", "stories-fresh157", "stories-fresh158",
                "stories-fresh159", "stories-fresh160", "stories-fresh161", "stories-fresh162", "stories-fresh163", "stories-fresh164",
                "stories-fresh165", "stories-fresh166", "stories-fresh167", "stories-fresh168", "stories-fresh169",
                "stories-fresh170", "stories-fresh171", "stories-fresh172", "stories-fresh173", "stories-fresh174",
                "stories-fresh175", "stories-fresh176", "stories-fresh177", "stories-fresh178", "stories-fresh179",
                "stories-fresh180", "stories-fresh181", "stories-fresh182", "stories-fresh183", "stories-fresh184",
                "stories-fresh185", "stories-fresh186", "stories-fresh187", "stories-fresh188", "stories-fresh189",
                "stories-fresh190", "stories-fresh191", "stories-fresh192", "stories-fresh193", "stories-fresh194",
                "stories-fresh195", "stories-fresh196", "stories-fresh197", "stories-fresh198", "stories-fresh199",
                "stories-fresh200", "stories-fresh201", "stories-fresh202", "stories-fresh203", "stories-fresh204",
                "stories-fresh205", "stories-fresh206", "stories-fresh207", "stories-fresh208", "stories-fresh209",
                "stories-fresh210", "stories-fresh211", "stories-fresh212", "stories-fresh213", "stories-fresh214",
                "stories-fresh215", "stories-fresh216", "stories-fresh217", "stories-fresh218", "stories-fresh219",
                "stories-fresh220", "stories-fresh221", "stories-fresh222", "stories-fresh223", "stories-fresh224",
                "stories-fresh225", "stories-fresh226", "stories-fresh227", "stories-fresh228", "stories-fresh229",
                "stories-fresh230", "stories-fresh231", "stories-fresh232", "stories-fresh233", "stories-fresh234",
                "stories-fresh235", "stories-fresh236", "stories-fresh237", "stories-fresh238",
                "stories-fresh239", "stories-fresh240", "stories-fresh241", "stories-fresh242", "stories-fresh243",
                "stories-fresh244", "stories-fresh245", "stories-fresh246", "stories-fresh247", "stories-fresh248",
                "stories-fresh249", "stories-fresh250", "stories-fresh251", "stories-fresh252", "stories-fresh253",
                "stories-fresh254", "stories-fresh255", "stories-fresh256", "stories-fresh257", "stories-fresh258",
                "stories-fresh259", "stories-fresh260", "stories-fresh261", "stories-fresh262", "stories-fresh263",
                "stories-fresh264", "stories-fresh265", "stories-fresh266", "stories-fresh267", "stories-fresh268",
                "stories-fresh269", "stories-fresh270", "stories-fresh271", "stories-fresh272", "stories-fresh273",
                "stories-fresh274", "stories-fresh275", "stories-fresh276", "stories-fresh277", "stories-fresh278",
                "stories-fresh279", "stories-fresh280", "stories-fresh281", "stories-fresh282", "stories-fresh283",
                "stories-fresh284", "stories-fresh285", "stories-fresh286", "stories-fresh287",
                "stories-fresh288", "stories-fresh289", "stories-fresh290", "stories-fresh291", "stories-fresh292",
                "stories-fresh293", "stories-fresh294", "stories-fresh295", "stories-fresh296", "stories-fresh297",
                "stories-fresh298", "stories-fresh299", "stories-fresh300", "stories-fresh301", "stories-fresh302",
                "stories-fresh303", "stories-fresh304", "stories-fresh305", "stories-fresh306", "stories-fresh307",
                "stories-fresh308", "stories-fresh309", "stories-fresh310", "stories-fresh311", "stories-fresh312",
                "stories-fresh313", "stories-fresh314", "stories-fresh315", "stories-fresh316", "stories-fresh317",
                "stories-fresh318", "stories-fresh319", "stories-fresh320", "stories-fresh321", "stories-fresh322",
                "stories-fresh323", "stories-fresh324", "stories-fresh325", "stories-fresh326", "stories-fresh327",
                "stories-fresh328", "stories-fresh329", "stories-fresh330", "stories-fresh331", "stories-fresh332",
                "stories-fresh333", "stories-fresh334", "stories-fresh335", "stories-fresh336", "stories-fresh337",
                "stories-fresh338", "stories-fresh339", "stories-fresh340", "stories-fresh341", "stories-fresh342",
                "stories-fresh343", "stories-fresh344", "stories-fresh345", "stories-fresh346", "stories-fresh347",
                "stories-fresh348", "stories-fresh349", "stories-fresh350",
                "stories-fresh351", "stories-fresh352", "stories-fresh353", "stories-fresh354", "stories-fresh355",
                "stories-fresh356", "stories-fresh357", "stories-fresh358", "stories-fresh359", "stories-fresh360",
                "stories-fresh361", "stories-fresh362", "stories-fresh363", "stories-fresh364", "stories-fresh365",
                "stories-fresh366", "stories-fresh367", "stories-fresh368", "stories-fresh369", "stories-fresh370",
                "stories-fresh371", "stories-fresh372", "stories-fresh373", "stories-fresh374", "stories-fresh375",
                "stories-fresh376", "stories-fresh377", "stories-fresh378", "stories-fresh379", "stories-fresh380",
                "stories-fresh381", "stories-fresh382", "stories-fresh383", "stories-fresh384", "stories-fresh385",
                "stories-fresh386", "stories-fresh387", "stories-fresh388", "stories-fresh389", "stories-fresh390",
                "stories-fresh391", "stories-fresh392", "stories-fresh393", "stories-fresh394", "stories-fresh395",
                "stories-fresh396", "stories-fresh397", "stories-fresh398", "stories-fresh399", "stories-fresh400",
                "stories-fresh401", "stories-fresh402", "stories-fresh403", "stories-fresh404", "stories-fresh405",
                "stories-fresh406", "stories-fresh407", "stories-fresh408", "stories-fresh409", "stories-fresh410",
                "stories-fresh411", "stories-fresh412", "stories-fresh413", "stories-fresh414", "stories-fresh415",
                "stories-fresh416", "stories-fresh417", "stories-fresh418", "stories-fresh419", "stories-fresh420",
                "stories-fresh421", "stories-fresh422", "stories-fresh423", "stories-fresh424", "stories-fresh425",
                "stories-fresh426", "stories-fresh427", "stories-fresh428", "stories-fresh429", "stories-fresh430",
                "stories-fresh431", "stories-fresh432", "stories-fresh433", "stories-fresh434", "stories-fresh435",
                "stories-fresh436", "stories-fresh437", "stories-fresh438", "stories-fresh439", "stories-fresh440",
                "stories-fresh441", "stories-fresh442", "stories-fresh443", "stories-fresh444", "stories-fresh445",
                "stories-fresh446", "stories-fresh447", "stories-fresh448", "stories-fresh449", "stories-fresh450",
                "stories-fresh451", "stories-fresh452", "stories-fresh453", "stories-fresh454", "stories-fresh455",
                "stories-fresh456", "stories-fresh457", "stories-fresh458", "stories-fresh459", "stories-fresh460",
                "stories-fresh461", "stories-fresh462", "stories-fresh463", "stories-fresh464", "stories-fresh465",
                "stories-fresh466", "stories-fresh467", "stories-fresh468", "stories-fresh469", "stories-fresh470",
                "stories-fresh471", "stories-fresh472", "stories-fresh473", "stories-fresh474", "stories-fresh475",
                "stories-fresh476", "stories-fresh477", "stories-fresh478", "stories-fresh479", "stories-fresh480",
                "stories-fresh481")) {
            try (InputStream in = EvalQuestions.class.getResourceAsStream("/eval/" + set + ".jsonl")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    Matcher m = QUESTION.matcher(line);
                    if (m.find()) {
                        questions.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                }
            }
        }
        assertThat(questions).hasSizeGreaterThan(1000);
        return questions;
    }
}
