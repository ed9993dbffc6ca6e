package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.eval.EvalSetReader;
import dk.unilogin.helper.knowledge.eval.MatcherEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy of the matcher on question sets written the way parents and pupils write:
 * in-scope questions must find their passage, the rest must be declined. Misses are printed.
 */
class MatcherAccuracyTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();

    /**
     * fresh.jsonl was written from the guide alone, in wording unlike the other two sets, before
     * the matcher was measured on it (116/139 and 44/51 then); its misses led to general language
     * handling, not to its sentences. Its floors sit just under what the matcher reaches now.
     */
    @ParameterizedTest
    @CsvSource({"eval/dev.jsonl, 1.00, 1.00", "eval/extra.jsonl, 0.99, 0.98", "eval/fresh.jsonl, 0.99, 0.98"})
    void answersInScopeQuestionsAndDeclinesTheRest(String set, double inScopeFloor, double declinedFloor) {
        MatcherEvaluation evaluation = MatcherEvaluation.run(KNOWLEDGE, EvalSetReader.readResource(set));
        System.out.print(evaluation.report(set));

        assertThat(evaluation.inScopeShare()).as("in-scope share on " + set).isGreaterThanOrEqualTo(inScopeFloor);
        assertThat(evaluation.declinedShare()).as("declined share on " + set).isGreaterThanOrEqualTo(declinedFloor);
    }

    /**
     * stories.jsonl was written from the guide alone, before the matcher read messages part by part:
     * stories around one need, two needs, out-of-guide stories full of guide words, phone typing.
     * The matcher answered 67/211 in-scope and declined 63/64 then. Floors sit just under today's.
     * An unknown word no longer counts as naming another topic by itself (that only held for
     * the words this set's writer happened to use); another service is recognised by the guide's
     * outside-topic vocabulary and by where a code or login belongs ("koden til sin X").
     */
    @Test
    void answersStoriesAsPeopleWriteThem() {
        MatcherEvaluation evaluation = MatcherEvaluation.run(KNOWLEDGE, EvalSetReader.readResource("eval/stories.jsonl"));
        System.out.print(evaluation.report("eval/stories.jsonl"));

        assertThat(evaluation.inScopeShare()).as("in-scope share on stories").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.declinedShare()).as("declined share on stories").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.kindShare("story")).as("stories around one need").isGreaterThanOrEqualTo(0.93);
        assertThat(evaluation.kindShare("two")).as("two needs").isGreaterThanOrEqualTo(0.96);
        assertThat(evaluation.kindShare("oos-story")).as("out-of-guide stories").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.kindShare("phone")).as("phone typing").isGreaterThanOrEqualTo(0.92);
    }

    /**
     * Sets of the same kinds by other hands, written from the guide alone without knowing the
     * matcher: stories-check.jsonl (164), stories-holdout.jsonl (150, with short questions too) and
     * stories-fresh.jsonl and stories-fresh3.jsonl (130 and 120, each measured before its misses were
     * read), stories-fresh2.jsonl (120, measured before and after the changes the other two led to,
     * its messages not read while tuning) and stories-fresh4.jsonl (100, written after those changes,
     * measured against the matcher before and after them, not read); stories-fresh5.jsonl (120, measured,
     * then its misses read), and stories-mixed-a.jsonl and stories-mixed-b.jsonl (60 each, Danish and
     * English mixed in one message; a read, b measured before and after but not read), and
     * stories-fresh6.jsonl (110, written after those changes and measured against the matcher before
     * and after them; its misses read afterwards), stories-fresh7.jsonl (100, written after the
     * changes those misses led to, measured before and after, then read) and stories-fresh8.jsonl (90,
     * written after the changes stories-fresh7 led to, measured before and after, not read);
     * stories-fresh9.jsonl (89) and stories-fresh10.jsonl (88), each written and measured before its
     * misses were read, and stories-fresh11.jsonl (88, written after the changes those two led to,
     * measured before and after them, then read), and stories-fresh12.jsonl (60, written after all
     * those changes, measured before and after, not read); stories-fresh13.jsonl and stories-fresh14.jsonl
     * (90 each, written by two other hands after all of the above: 14 measured, then read; 13 measured
     * before and after the changes 14 led to, not read), stories-fresh15.jsonl (90, measured, then read)
     * and stories-fresh16.jsonl (100, written after those changes, measured before and after, not read),
     * and stories-fresh17.jsonl (90, measured, then its out-of-guide misses read); stories-fresh18.jsonl and
     * stories-fresh19.jsonl (90 each, the second leaning to out-of-guide stories; measured, then read) and
     * stories-fresh20.jsonl (100, written at the same time, measured before and after the changes the other
     * two led to, not read), and stories-fresh21.jsonl (100, written after those changes, measured against the
     * matcher before and after them, not read); stories-fresh22.jsonl (100, not read) and stories-fresh23.jsonl (90,
     * pupils, second-language writers and staff; read), written after those and measured before and after the changes
     * fresh23 led to; stories-fresh24.jsonl and stories-fresh25.jsonl (100 each, the second with long stories and more
     * out-of-guide ones; measured, then read), stories-fresh26.jsonl (100, pupils, second-language parents and busy
     * parents; measured before and after the changes the others led to, not read), stories-fresh27.jsonl (100, written
     * after the first of those changes, measured against the session's starting matcher, then read) and
     * stories-fresh28.jsonl (100, formal, angry, rambling and misnaming writers; measured before and after, not read);
     * stories-fresh29.jsonl (100, writers at night and writers who are not the parent) and stories-fresh30.jsonl (100,
     * wordy writers who describe the symptom), measured, then read, and stories-fresh31.jsonl (100, upset writers and
     * writers who say what already works; measured before and after the changes the other two led to, not read);
     * stories-fresh32.jsonl (100, 40 out of the guide; measured, then read), stories-fresh33.jsonl (100, whose login
     * it is: parents' own, their children's, pupils'; measured before and after, not read) and stories-fresh34.jsonl
     * (100, many two-needs, phone and mixed messages; measured, then its two-needs messages read);
     * stories-fresh35.jsonl (100, grandparents, step-parents, siblings and pupils) and stories-fresh37.jsonl (100, pupils
     * in their own voice and rambling parents), measured, then read; stories-fresh36.jsonl (100, hurried parents, 30 out
     * of the guide; measured, then read after the first changes) and stories-fresh38.jsonl (100, written mid-way, measured
     * against the starting matcher and at the end, not read); stories-fresh39.jsonl and stories-fresh41.jsonl (100 each,
     * the second with second-language writers and teachers; measured, then read) and stories-fresh40.jsonl and
     * stories-fresh42.jsonl (100 each, mixed Danish and English, needs buried mid-story; measured before and after, not read);
     * stories-fresh43.jsonl and stories-fresh44.jsonl (100 each, 35 out of the guide with guide words in passing, new
     * families, foster parents and pupils; measured before and after, not read); stories-fresh45.jsonl and
     * stories-fresh46.jsonl (100 each, 35 out of the guide; measured, then read) and stories-fresh47.jsonl and
     * stories-fresh48.jsonl (100 each, 40 and 30 out of the guide; measured before and after, not read);
     * stories-fresh49.jsonl and stories-fresh50.jsonl (100 each, 35 out of the guide; measured, then read),
     * stories-fresh51.jsonl and stories-fresh52.jsonl (100 each, 40 and 30 out of the guide; measured before and after, not
     * read) and stories-fresh53.jsonl and stories-fresh54.jsonl (100 each, 35 out of the guide; written mid-way, measured
     * against the starting matcher and at the end, read); stories-fresh55.jsonl to stories-fresh60.jsonl (100 each, 30 to 40
     * out of the guide: relatives late at night, pupils, busy parents, long accounts of the screen, upset writers,
     * dialect; measured before any change, then 55, 56, 59 and 60 read, 57 and 58 not read); stories-fresh61.jsonl to
     * stories-fresh66.jsonl (100 each, 30 to 40 out of the guide: older relatives' letters, pupils writing themselves,
     * concrete detail and quoted error texts, families of every shape, urgent nights, writers new to Denmark; measured
     * before any change, then 61, 62, 64 and 65 read, 63 and 66 not read) and stories-fresh67.jsonl and
     * stories-fresh68.jsonl (100 each, 30 out of the guide, written mid-way in the manner of 63 and 66; measured against
     * the starting matcher, then read); stories-fresh69.jsonl to stories-fresh76.jsonl (100 each, 30 to 40 out of the
     * guide: school staff writing for others, writers who do not know the names of things, tests and tablets in the older
     * classes, the youngest pupils, quoted words, rambling tangents, angry writers, writers listing what works first;
     * measured before any change, then read except 71 and 75; 71 was read later); stories-fresh77.jsonl to
     * stories-fresh84.jsonl (100 each, 30 to 40 out of the guide: self-corrections, IT words, wrong guesses at the cause,
     * weak spelling, the need first, life changes, advice from others, a child beside the writer; measured before any
     * change, then read except 79 and 82) and stories-fresh85.jsonl to stories-fresh92.jsonl (100 each, 30 to 40 out
     * of the guide: short stories, e-mail form, special needs, technology outside school, the school year, pasted
     * school messages, casual young parents, writers stuck at a step of the guide; written mid-way, measured against the
     * starting matcher and at the end, then read except 86 and 90); stories-fresh93.jsonl to stories-fresh100.jsonl (100
     * each, 30 to 40 out of the guide: dictated by voice, written through a translation app, Nordic neighbours, accounts
     * mixed up, planning ahead, schools beyond the folkeskole, the writers' own words for things, privacy worries;
     * measured before any change, then read except 94 and 98), stories-fresh101.jsonl to stories-fresh108.jsonl (100
     * each, 30 to 40 out of the guide: hedged questions, adults outside the family, stories told day by day, needs
     * stated as wishes, long dense stories, words to the helper itself, quoted screens, features inside a service;
     * written mid-way, measured against the starting matcher and at the end, then read except 102 and 106) and
     * stories-fresh109.jsonl and stories-fresh110.jsonl (100 each, 35 and 40 out of the guide, written in the manner of
     * 102 and 106; measured against the starting matcher, then read); stories-fresh111.jsonl to stories-fresh118.jsonl
     * (100 each, 30 to 35 out of the guide: what the trouble is not, numbers, first messages that read as follow-ups,
     * jokes and metaphors, several children, spoken and regional Danish, apologetic writers, writers asking what things
     * mean; measured before any change, then read except 115 to 118) and stories-fresh119.jsonl to stories-fresh122.jsonl
     * (100 each, 30 to 35 out of the guide: forms with fields, comparisons with other logins, school staff, messages in
     * paragraphs; written mid-way, measured against the starting matcher, then read); stories-fresh123.jsonl to
     * stories-fresh126.jsonl (100 each, 30 to 35 out of the guide: personal details pasted into the chat, pupils writing
     * for themselves, stories that wander off in asides, annoyed writers; measured before any change, then read except
     * 126) and stories-fresh127.jsonl and stories-fresh128.jsonl (100 each, 35 out of the guide: formal older
     * relatives, writers in a hurry late at night; written mid-way, measured against the starting matcher and mid-way,
     * then read except 127); stories-fresh129.jsonl to stories-fresh138.jsonl (100 each, 35 to 45 out of the guide:
     * clicks told step by step, a parent's own login mixed with the child's, ordinary evenings, short stories, questions
     * right beside the guide, devices, background at length, busy parents on the phone, families new to Denmark;
     * measured against the matcher before any change, then read except 131 and 134 to 138); stories-fresh139.jsonl to
     * stories-fresh142.jsonl (100 each, 35 out of the guide: ordinary evenings, parents after dinner, pupils and parents
     * in a hurry, several programs and devices in one story; written after the last change of their round and measured
     * against the matcher before and after it, read from a later round on); stories-fresh143.jsonl to stories-fresh150.jsonl (100 each, 35
     * out of the guide: ordinary evenings, steps already tried, something new starting, what the school wrote, precise
     * writers, the child's other accounts, feelings; written at the start of their round and measured against the
     * matcher before its first change and after its last, read from a later round on); stories-fresh151.jsonl to stories-fresh158.jsonl
     * (100 each, 35 out of the guide: late evenings before a hand-in, grandparents and other helpers, special needs and
     * school staff, shift workers in a hurry, pupils themselves, angry parents, two homes and new schools, families new
     * to Denmark; written at the start of their round and measured before its first change and after its last, read from a
     * later round on); stories-fresh159.jsonl to stories-fresh166.jsonl (100 each, 35 out of the guide: the morning rush, school staff
     * writing for a pupil, the screen described exactly, long stories that reach the login late, several children,
     * pupils before tests, advice from elsewhere, very short stories; written at the start of their round and measured
     * before its first change and after its last, not read but for two messages of stories-fresh166);
     * stories-fresh167.jsonl to stories-fresh174.jsonl (100 each, 35 out of the guide: grandparents, foster and divorced
     * parents and parents with little Danish, pupils writing themselves, late worried evenings, school staff writing
     * for a family, exact screens and error texts, terse messages without a question, families who moved, spoken
     * Danish; written at the start of their round and measured before its first change and after its last, not read);
     * stories-fresh175.jsonl to stories-fresh182.jsonl (100 each, 35 out of the guide: children with special needs,
     * busy parents writing in bursts, older pupils and their exams, formal and careful writers, an off-topic start or a
     * wrong guess before the need, after holidays and sick days, technical or anxious parents, little Danish and foreign
     * keyboards; written at the start of their round and measured before its first change and after its last, not read);
     * stories-fresh183.jsonl to stories-fresh190.jsonl (100 each, 35 out of the guide: two homes, grandparents and other
     * helpers, the evening before a test, the screen quoted and the buttons pressed, pupils in their own slang, families
     * new to Denmark or the school, long histories of earlier contacts, school staff writing for a family; written at the
     * start of their round and measured before its first change and after its last, not read);
     * stories-fresh191.jsonl to stories-fresh198.jsonl (100 each, 35 out of the guide: late at night and in a hurry, foster
     * families and social workers, pupils with dyslexia and their tools, messages that start with something else, several
     * children at one or more schools, after-school settings, expat parents mixing Danish and English, devices and screens
     * described in detail; written at the start of their round and measured before its first change and after its last,
     * not read);
     * stories-fresh199.jsonl to stories-fresh206.jsonl (100 each, 35 out of the guide: two homes, school starts and
     * changes, grandparents, pupils in their own voice, exam pressure, technical parents, special needs, sick days and
     * holidays; written at the start of their round and measured before its first change and after its last, not read);
     * stories-fresh207.jsonl to stories-fresh210.jsonl (100 each, 35 out of the guide: grandparents in a formal voice, pupils
     * in their own slang, technical parents, sick days and holidays away; written in their round on the themes the sets
     * before them found hardest, and read);
     * stories-fresh211.jsonl to stories-fresh218.jsonl (100 each, 35 out of the guide: tired parents late at night, Danish as
     * a second language, step-parents and foster parents, school staff writing for a pupil, pupils of 12 to 17 on their
     * phones, the youngest pupils' parents, parents who tried many things first, older pupils changing school; written at
     * the start of their round and measured before its first change and after its last, not read);
     * stories-fresh219.jsonl to stories-fresh222.jsonl (100 each, 35 out of the guide: pupils of 13 to 17 in their own
     * slang, pupils of 9 to 14 spelling as children do, school staff, parents who tried many things and the youngest
     * pupils' parents; written in their round on the themes the sets before them found hardest, and read);
     * stories-fresh223.jsonl to stories-fresh226.jsonl (100 each, 35 out of the guide: messages dictated by voice, quotes
     * of what the school or a screen said, regional and dialect spelling, angry and fed-up writers; written at the start
     * of their round and measured before its first change and after its last, not read);
     * stories-fresh227.jsonl to stories-fresh230.jsonl (100 each, 35 out of the guide: short stories from work, e-mail-like
     * letters with a signature, pupils in special situations, English-speaking families; written at the start of their
     * round, measured before its first change, and read);
     * stories-fresh231.jsonl to stories-fresh234.jsonl (100 each, 35 out of the guide: pupils of 12 to 17 on their phones,
     * parents of the youngest pupils at their first login, writers who vent before they ask, parents who mix up the
     * systems' names; written at the start of their round and measured before its first change and after its last, not
     * read); stories-fresh235.jsonl to stories-fresh238.jsonl (100 each, 35 out of the guide: pupils in their own voice,
     * relatives unsure which system is which, families where some services work and others do not, parents of 0. to 3.
     * klasse; written at the start of their round, measured before its first change, and read);
     * stories-fresh239.jsonl to stories-fresh242.jsonl (100 each, 35 out of the guide: parents of several children, pupils
     * at efterskole and in 10. klasse, annoyed and sarcastic writers, people writing on a family's behalf; written at the
     * start of their round and measured before its first change and after its last, not read);
     * stories-fresh243.jsonl to stories-fresh246.jsonl (100 each, 35 out of the guide: several questions or a list of
     * points, families on holiday or away, second contacts after an earlier answer, quotes of a screen, a note or an
     * e-mail; written at the start of their round, measured before its first change, and read);
     * stories-fresh247.jsonl to stories-fresh250.jsonl (100 each, 35 out of the guide: fast phone typing with no
     * punctuation, school staff retelling a question, login pages described wrongly, families where some have MitID;
     * written halfway through their round and measured before its next change and after its last, not read);
     * stories-fresh251.jsonl to stories-fresh254.jsonl (100 each, 35 out of the guide: international families writing
     * mostly English, long messages with much unrelated detail, NemID, MitID, Unilogin and Aula mixed up, polite and
     * hedging writers; written halfway through their round, measured before its next change, and read);
     * stories-fresh255.jsonl to stories-fresh258.jsonl (100 each, 35 out of the guide: learning platforms named and mixed
     * up, upset writers in capitals and emojis, timelines told day by day, teachers and school staff about a pupil or a
     * class; written at the start of their round and measured before its first change and after its last, not read);
     * stories-fresh259.jsonl to stories-fresh262.jsonl (100 each, 35 out of the guide: parents unsure of the words, earlier
     * advice or hearsay continued, the youngest pupils and their parents, older pupils and siblings helping; written at
     * the start of their round, measured before its first change, and read);
     * stories-fresh263.jsonl to stories-fresh266.jsonl (100 each, 35 out of the guide: spoken-style run-on Danish, writers
     * who correct themselves, terse statements without a question, parents learning Danish; written halfway through
     * their round and measured before its next change and after its last, not read);
     * stories-fresh267.jsonl to stories-fresh270.jsonl (100 each, 35 out of the guide: relatives and neighbours helping
     * while the parents are away, screen texts and addresses quoted, pupils of 10 to 14 in slang and emojis, parents stuck
     * at one step of the guide; written halfway through their round, measured before its next change, and read);
     * stories-fresh271.jsonl to stories-fresh274.jsonl (100 each, 35 out of the guide: late-night hurry before a test,
     * families with several children at several schools, long apologies before the need, foster, step- and separated
     * parents; written at the start of their round and measured before its first change and after its last, not read);
     * stories-fresh275.jsonl to stories-fresh278.jsonl (100 each, 35 out of the guide: pupils back after a long absence,
     * letters and messages from the school quoted, lists of what was tried, grandparents writing formally; written at
     * the start of their round, measured before its first change, and read);
     * stories-fresh279.jsonl to stories-fresh282.jsonl (100 each, 35 out of the guide: support staff and parents of pupils
     * with special needs, technical parents in IT's words, very short stories, coaches, tutors and babysitters; written at
     * the start of their round and measured before its first change and after its last, not read);
     * stories-fresh283.jsonl to stories-fresh286.jsonl (100 each, 35 out of the guide: angry and sarcastic writers, older
     * pupils writing themselves, hearsay checked and what-ifs, the start of a school year and moving; written at the start
     * of their round, measured before its first change, and read);
     * stories-fresh287.jsonl to stories-fresh290.jsonl (100 each, 35 out of the guide: parents writing from work, writers
     * who spell badly, many brands and services named at once, Danish written by Norwegian and Swedish speakers; written
     * halfway through their round and measured on its starting code, before its next change and after its last, not read);
     * stories-fresh291.jsonl to stories-fresh294.jsonl (100 each, 35 out of the guide: contact parents and class
     * representatives, screen texts and error messages quoted, fear of a login misused or a mail faked, chat-style
     * fragments on several lines; written halfway through their round, measured on its starting code and before its next
     * change, and read).
     * stories-fresh295.jsonl to stories-fresh310.jsonl (100 each, 35 out of the guide: autocorrected words, homework clubs,
     * twins, small talk first, the parent who does not usually handle school, old schools and other countries, emojis and
     * capitals, old or wrong names of the systems, private schools and efterskoler, a pupil and a parent writing together,
     * earlier advice that did not help, parents away from home, shift workers, substitutes and the school office, letters
     * written as e-mails, the trouble told only as what does not work; written at the start of their round and measured
     * on its starting code; fresh297, 299, 301, 302, 305, 306 and 309 not read, the others read);
     * stories-fresh311.jsonl to stories-fresh318.jsonl (100 each, 35 out of the guide: dictated messages, siblings sharing
     * a computer, the school already asked, English with Danish words, deadlines with times, parents who teach or work in
     * IT elsewhere, a grandparent typing what the child says, stories of 60 to 140 characters; written halfway through
     * their round, measured on its starting code and after its last change, not read);
     * stories-fresh319.jsonl to stories-fresh326.jsonl (100 each, 35 out of the guide: ordinary weekday stories by parents
     * and by pupils, what was tried in detail, the teacher's words retold, strong feelings, all in English, the trouble
     * named once and late, the youngest pupils' parents; written late in their round, measured on its starting code and
     * before its next change, and read);
     * stories-fresh327.jsonl to stories-fresh342.jsonl (100 each, 35 out of the guide: grandparents of seventy and more,
     * spoken and regional Danish, children with special needs, the question first and the story after, what is not the
     * problem said in passing, the first days after a holiday, large families, angry parents, messages written as lists,
     * pupils in a lesson, parents with traces of another language, pasted details, questions asked ahead of time, the
     * school's services named, long messages of several paragraphs, writers who correct themselves; written at the start
     * of their round and measured on its starting code; the even-numbered sets not read, the odd-numbered read);
     * stories-fresh343.jsonl to stories-fresh350.jsonl (100 each, 35 out of the guide: a step of the guide named by its
     * number, questions asked with doubt or negation, many numbers and times, staff asking for several pupils, writers whose
     * role is unclear at first, chatty thanks and jokes, hurried typing on a laptop, families far from school; written in
     * the middle of their round, measured on its starting code and after its last change, not read);
     * stories-fresh351.jsonl to stories-fresh366.jsonl (100 each, 35 out of the guide: parents writing late at night, shared
     * custody and foster parents, older pupils in slang, a school letter quoted first, the device named in detail, several
     * children and one problem, formal and old-fashioned Danish, something unrelated first, newcomers writing simple Danish,
     * the wrong words for things, national tests and deadlines, the bot addressed directly, children away from home, irony
     * and venting, the youngest pupils quoted, the need in the middle of a long message; written at the start of their round
     * and measured on its starting code; the even-numbered sets not read, the odd-numbered read);
     * stories-fresh367.jsonl to stories-fresh374.jsonl (100 each, 35 out of the guide: Danish by German, Faroese and
     * Greenlandic families, the guide's steps misremembered, stories of 60 to 140 characters, stressed parents in capitals
     * and emojis, pupils at a school computer in a break, parents on night shifts, messages forwarded from others, a wrong
     * cause guessed first; written in the middle of their round, measured on its starting code and after its last change,
     * not read);
     * stories-fresh375.jsonl to stories-fresh382.jsonl (100 each, 35 out of the guide: what is on the screen described,
     * school staff writing for a pupil or parent, numbered lists of what was tried, the weeks after the summer holidays or
     * a move, weak spelling written as it sounds, grandparents unsure of technology, pupils with special needs and their
     * helpers, long thanks or complaints before the question; written at the start of their round and measured on its
     * starting code; the even-numbered sets not read, the odd-numbered read);
     * stories-fresh383.jsonl to stories-fresh390.jsonl (100 each, 35 out of the guide: several short lines, a phone's
     * autocorrect, an older sibling or cousin writing, the guide's way tried and where it stuck, workplace IT words,
     * hearsay, annoyance and complaints, matter-of-fact messages from a school's website; written in the middle of their
     * round, measured on its starting code and after its last change, not read);
     * stories-fresh391.jsonl to stories-fresh398.jsonl (100 each, 35 out of the guide: a parent on a short break at work
     * correcting themselves, the wrong name used first for the login, someone helping a child not their own, pupils of 10
     * to 15 in slang, a closing line that is not the need, the screens clicked through, tablets and school laptops, families
     * with several children; written at the start of their round and measured on its starting code; the even-numbered
     * sets not read, the odd-numbered read);
     * stories-fresh399.jsonl to stories-fresh406.jsonl (100 each, 35 out of the guide: blunt short stories, writers who
     * know IT well, the teacher's words quoted, the youngest pupils' first login, a test or deadline near, Danish as a
     * second language, the need asked doubtfully, a tangent in the middle; written in the middle of their round, measured
     * on its starting code and after its last change, not read);
     * stories-fresh407.jsonl to stories-fresh414.jsonl (100 each, 35 out of the guide: parents writing in pieces on a bus
     * or train, pupils of 14 to 16 near their exams, one child who can log in and one who cannot, the bot asked first
     * whether it is a robot, English screen texts quoted in Danish, very formal writers, the home's own internet
     * suspected first, pupils who changed school in the middle of the year; written at the start of their round and
     * measured on its starting code; the even-numbered sets not read, the odd-numbered read);
     * stories-fresh415.jsonl to stories-fresh422.jsonl (100 each, 35 out of the guide: a third language at home, the
     * child's words quoted in the background, the answer assumed and asked to be confirmed, it worked before and not now,
     * families on holiday abroad, parents in a conflict with the school, pupils writing for a classmate, short messages
     * written as if they followed on; written in the middle of their round, measured on its starting code and after its
     * last change, not read);
     * stories-fresh423.jsonl to stories-fresh438.jsonl (100 each, 35 out of the guide: a teacher at another school, numbers
     * and times everywhere, what was said on the phone retold, a new device given as a present, spoken and regional
     * Danish, worries about privacy, other systems compared with, a child home sick, the question first and the story
     * after, a confident wrong belief, self-irony about IT, a substitute teacher, the Christmas holiday, free and private
     * schools, long messages with family matters around the need, pupils of 9 to 12; written at the start of their round
     * and measured on its starting code; the even-numbered sets not read, the odd-numbered read);
     * stories-fresh439.jsonl to stories-fresh442.jsonl (100 each, 35 out of the guide: pupils of 9 to 12 writing
     * themselves, worries about fraud and privacy, a confident wrong belief, times and counts everywhere; written in the
     * middle of their round to learn from, measured on its starting code, read); stories-fresh443.jsonl to
     * stories-fresh458.jsonl (100 each, 35 out of the guide: choppy fragments, a relative minding the children, Danish as a
     * second language, a parent at work, special needs and reading tools, two homes, test days, early mornings and late
     * evenings, formal letters, a wrong attempt first, trips away from home, pupils of 13 to 15, siblings mixed up, asking
     * ahead, the screen described, foster and step-parents; written at the start of their round and measured on its
     * starting code; the even-numbered not read, the odd-numbered read); stories-fresh459.jsonl to
     * stories-fresh462.jsonl (100 each, 35 out of the guide: teenagers' slang, asking ahead, rushed clock times, choppy
     * fragments; written in the middle of their round to learn from, measured on its starting code, read);
     * stories-fresh463.jsonl to stories-fresh478.jsonl (100 each, 35 out of the guide: the need buried in a rambling
     * story, words quoted from the screen or a teacher, a parent typing for a small child, angry parents, what the trouble is
     * not, families new to the school, many systems named, spoken and regional Danish, long backstories, school staff
     * writing for a family, hedged questions, expat parents writing English, what was tried listed, devices everywhere,
     * after a holiday, worried writers; written at the start of their round and measured on its starting code; the
     * even-numbered not read, the odd-numbered read); stories-fresh479.jsonl to stories-fresh481.jsonl (100 each, 35 out
     * of the guide: school staff writing for a pupil or a parent, expat parents, devices everywhere; written in the middle
     * of their round to learn from, measured on its starting code, read); stories-fresh482.jsonl to stories-fresh497.jsonl
     * (100 each, 35 out of the guide: Unilogin called by other names, voice dictation, schools that are no folkeskole,
     * asking to confirm what one heard, vague words for the screen, the answer asked for in a form, an earlier attempt
     * referred to, parents from other countries, a return after a long absence, the school closed, the need as a request,
     * comparisons with other systems, emoji, new staff, expat parents in English, the day told in order; written at the
     * start of their round and measured on its starting code; the even-numbered not read, the odd-numbered read);
     * stories-fresh498.jsonl to stories-fresh500.jsonl (100 each, 35 out of the guide: school staff writing for a family,
     * expat parents in English, dictation and other names for Unilogin; written in the middle of their round to learn
     * from, measured on its starting code, read); stories-fresh501.jsonl to stories-fresh516.jsonl (100 each, 35 out of the
     * guide: grandparents and other helpers, two homes, formal letters, pupils' slang, special needs, siblings, tests and
     * deadlines, bad spelling, the first weeks of school, screens quoted, yes/no questions, technical parents, pupils
     * writing English, thanks before a new need, staff and expat parents, messages that correct themselves; written at the
     * start of their round and measured on its starting code; the even-numbered not read, the odd-numbered read);
     * stories-fresh517.jsonl to stories-fresh532.jsonl (100 each, 35 out of the guide: late nights and long rambles, voice
     * dictation, frustrated writers, a P.S. or an aside, the child's own words quoted, adults around the child who are no
     * parents, the need only implied, Danish as a second language, older pupils and exams, messages full of specifics,
     * comparisons with other systems, away from home, pupils' own slang and emoji, a turn from one topic to another,
     * contrast and negation, very polite and indirect Danish; written at the start of their round and measured on its
     * starting code; the even-numbered not read, the odd-numbered read) and stories-fresh533.jsonl to
     * stories-fresh540.jsonl (100 each, 35 out of the guide: run-on sentences, what was tried already, Danish from the
     * north and the border, several children, venting first, devices named, school staff, very short stories; written in
     * the middle of that round and measured on its code then; the even-numbered not read, the odd-numbered read);
     * stories-fresh541.jsonl to stories-fresh556.jsonl (100 each, 35 out of the guide: grandparents, times and dates,
     * apologies first, home-made names for things, screens described, step-parents and shared custody, pupils writing
     * themselves, the question in the middle, a new school year, technical writers, siblings' accounts confused,
     * numbered points, angry writers, long messages full of other things, indirect asks and guesses, other systems named;
     * written at the start of their round and measured on its starting code; the even-numbered not read, the
     * odd-numbered read) and stories-fresh557.jsonl to stories-fresh564.jsonl (100 each, 35 out of the guide: writing from
     * work, the teacher's message retold, special needs, families new to Denmark, older siblings and friends writing,
     * the need said twice, text-message style, the question first and thanks after; written in the middle of that round
     * and measured on its code then; the even-numbered not read, the odd-numbered read); stories-fresh565.jsonl to
     * stories-fresh580.jsonl (100 each, 35 out of the guide: late at night, the screen quoted, several children, writers
     * who correct themselves, formal letters, helpers who are not parents, young pupils with slang, what used to work;
     * then the writer's own guess first, the day's routine first, vague names for things, a deadline, the guide's steps
     * tried, parents who disagree, expatriates writing English, several small questions; all written at the start of
     * their round and measured on its starting code; the even-numbered not read, the odd-numbered read);
     * stories-fresh581.jsonl to stories-fresh596.jsonl (100 each, 35 out of the guide: privacy worries, details pasted
     * that should not be, what the school's website said, small village schools, dialogue retold, first school days,
     * a long absence, dialect spelling; then every click told, one child or device that works beside one that does not,
     * jokes, coming back after an earlier chat, a school closed for the evening or the holiday, teenagers' English
     * words, parents who work in schools or IT, the goal said instead of the problem; written at the start of their
     * round and measured on its starting code; the even-numbered not read, the odd-numbered read);
     * stories-fresh597.jsonl to stories-fresh612.jsonl (100 each, 35 out of the guide: asking the bot to do the fix,
     * the key words misspelt, long compound words, a named subject or learning portal, a device given as a present,
     * what a search engine or a forum said, spoken fillers, asking what one is allowed to do; then preparing ahead,
     * questions with branches, letters to a named person at the school, a class representative writing for several
     * families, teenagers and their own MitID, writing from a school event, free, private and boarding schools, many
     * names and pronouns; written at the start of their round and measured on its starting code; the even-numbered not
     * read, the odd-numbered read); stories-fresh613.jsonl to stories-fresh616.jsonl (100 each, 35 out of the guide:
     * advice found online or from an AI first, whether one is allowed to, writing from the school or a school event,
     * two or three possible situations laid out; written in the middle of their round, before any change for them,
     * and all read); stories-fresh617.jsonl to stories-fresh632.jsonl (100 each, 35 out of the guide: a paper, a sticker
     * or a photo that held the login, asking why as well as what, counts of tries and time, a family from another
     * municipality or school, telling the bot how to answer, the child's feelings, rhetorical questions, passwords kept
     * by apps and browsers, questions relayed for someone else, a pasted group chat, a problem that has lasted long, the
     * need told by what the child wants to reach, testing the bot, what the writer believes about Unilogin, a child and a
     * parent writing by turns, school acronyms; written at the start of their round and measured on its starting code;
     * the even-numbered not read, the odd-numbered read); stories-fresh633.jsonl to stories-fresh636.jsonl (100 each, 35
     * out of the guide: codes kept by browsers and apps, the child's goal in everyday words, why-questions, a child and an
     * adult writing by turns; written in the middle of their round, before any change for them, and all read);
     * stories-fresh637.jsonl to stories-fresh652.jsonl (100 each, 35 out of the guide: December and Christmas at school,
     * mistakes the writer or the child made, the story as a timeline, the question asked in reported speech, idioms and
     * metaphors, other apps with their own logins, parents with their own difficulties, special classes and settings,
     * impersonal framing, long messages in paragraphs, hedges and double negations, a child writing about a parent's
     * login, the login needed away from the classroom, a plan to confirm, MitID beside Unilogin, the practical contact
     * with the school; written at the start of their round and measured on its starting code; the even-numbered not
     * read, the odd-numbered read); stories-fresh653.jsonl to stories-fresh656.jsonl (100 each, 35 out of the guide: the
     * family's other apps and accounts, how to reach the school in practice, the need reported inside a sentence, children
     * writing about a parent's login; written in the middle of their round, before any change for them, and all read);
     * stories-fresh657.jsonl to stories-fresh672.jsonl (100 each, 35 out of the guide: typed without æ, ø and å, the
     * guide's words in another sense, a choice between two options, a child who is not the writer's own, what the
     * username or code looks like, bureaucratic Danish, checklists of what works, where the writer is, feedback to the
     * school, a post to a parents' group, whether the system is down, what a word means, a class's IT helper, a child's
     * age and independence, a chat that seems to go on, test days; written at the start of their round and measured on
     * its starting code; the even-numbered not read, the odd-numbered read); stories-fresh673.jsonl to
     * stories-fresh688.jsonl (100 each, 35 out of the guide: a closed school, someone else using the child's login,
     * cost and payment, names and name changes, odd typing, a writer who thinks the bot is an office, old system names,
     * pushing back on the usual answer, parents who study themselves, live narration, how long things take, a job's
     * words, help at a distance, moving on from the school, screenshots, young children writing; written at the start
     * of their round and measured on its starting code; the even-numbered not read, the odd-numbered read);
     * stories-fresh689.jsonl to stories-fresh704.jsonl (100 each, 35 out of the guide: a school moved online at short
     * notice, writers who shout in capitals, a new phone number, e-mail or MitID app, privacy and data worries, a
     * substitute or new teacher, learning games and portals, a borrowed or shared device, the school's records looking
     * wrong, home internet blamed first, asking for a human, stories as short as a story can be, a busy evening at home,
     * fear of breaking something or being locked out, SFO and clubs, parents who check on the child's use, a subject
     * line first; written at the start of their round and measured on its starting code; the even-numbered not read,
     * the odd-numbered read); stories-fresh705.jsonl to stories-fresh720.jsonl (100 each, 35 out of the guide: reading
     * difficulties, a parent writing from work, families new to Denmark in simple Danish, twins and siblings at one
     * school, a pupil writing late at night, a grandparent or neighbour in charge for a few days, the first weeks of
     * school, a test or hand-in due soon, two homes after a divorce, lists of what was tried, a child who changed
     * school, back after a long holiday, a sick child at home, a parent typing with the child beside them, very polite
     * writers, a timeline told in the past; written at the start of their round and measured on its starting code; the
     * even-numbered not read, the odd-numbered read).
     * They check that what was learnt from stories.jsonl carries over; their floors sit just under
     * today's, so a change that helps one set at the others' cost fails here.
     */
    @ParameterizedTest
    @CsvSource({"eval/stories-check.jsonl, 0.99, 0.92", "eval/stories-holdout.jsonl, 1.00, 1.00",
            "eval/stories-fresh.jsonl, 0.96, 0.94", "eval/stories-fresh2.jsonl, 0.98, 0.91",
            "eval/stories-fresh3.jsonl, 1.00, 0.94", "eval/stories-fresh4.jsonl, 0.97, 0.90",
            "eval/stories-fresh5.jsonl, 0.96, 1.00", "eval/stories-mixed-a.jsonl, 0.97, 0.93",
            "eval/stories-mixed-b.jsonl, 0.95, 0.93", "eval/stories-fresh6.jsonl, 0.97, 1.00",
            "eval/stories-fresh7.jsonl, 0.98, 1.00", "eval/stories-fresh8.jsonl, 1.00, 1.00",
            "eval/stories-fresh9.jsonl, 0.98, 0.92", "eval/stories-fresh10.jsonl, 0.98, 0.96",
            "eval/stories-fresh11.jsonl, 0.98, 0.92", "eval/stories-fresh12.jsonl, 1.00, 0.95",
            "eval/stories-fresh13.jsonl, 1.00, 0.91", "eval/stories-fresh14.jsonl, 1.00, 0.95",
            "eval/stories-fresh15.jsonl, 0.98, 0.95", "eval/stories-fresh16.jsonl, 0.98, 1.00",
            "eval/stories-fresh17.jsonl, 0.95, 1.00", "eval/stories-fresh18.jsonl, 0.94, 1.00",
            "eval/stories-fresh19.jsonl, 0.96, 1.00", "eval/stories-fresh20.jsonl, 0.97, 0.92",
            "eval/stories-fresh21.jsonl, 0.96, 0.96", "eval/stories-fresh22.jsonl, 0.98, 1.00",
            "eval/stories-fresh23.jsonl, 0.92, 0.96", "eval/stories-fresh24.jsonl, 0.98, 1.00",
            "eval/stories-fresh25.jsonl, 0.95, 1.00", "eval/stories-fresh26.jsonl, 0.96, 1.00",
            "eval/stories-fresh27.jsonl, 0.97, 1.00", "eval/stories-fresh28.jsonl, 0.95, 1.00",
            "eval/stories-fresh29.jsonl, 0.98, 1.00", "eval/stories-fresh30.jsonl, 1.00, 1.00",
            "eval/stories-fresh31.jsonl, 0.98, 0.92", "eval/stories-fresh32.jsonl, 0.98, 0.97",
            "eval/stories-fresh33.jsonl, 0.97, 1.00", "eval/stories-fresh34.jsonl, 0.96, 1.00",
            "eval/stories-fresh35.jsonl, 0.91, 1.00", "eval/stories-fresh36.jsonl, 0.94, 0.96",
            "eval/stories-fresh37.jsonl, 0.93, 0.92", "eval/stories-fresh38.jsonl, 0.94, 0.96",
            "eval/stories-fresh39.jsonl, 0.97, 1.00", "eval/stories-fresh40.jsonl, 0.97, 0.96",
            "eval/stories-fresh41.jsonl, 0.96, 0.96", "eval/stories-fresh42.jsonl, 0.98, 1.00",
            "eval/stories-fresh43.jsonl, 0.95, 1.00", "eval/stories-fresh44.jsonl, 0.96, 1.00",
            "eval/stories-fresh45.jsonl, 0.92, 1.00", "eval/stories-fresh46.jsonl, 0.96, 0.94",
            "eval/stories-fresh47.jsonl, 0.98, 0.95", "eval/stories-fresh48.jsonl, 0.94, 0.86",
            "eval/stories-fresh49.jsonl, 0.95, 1.00", "eval/stories-fresh50.jsonl, 0.96, 1.00",
            "eval/stories-fresh51.jsonl, 0.96, 0.90", "eval/stories-fresh52.jsonl, 0.98, 1.00",
            "eval/stories-fresh53.jsonl, 0.98, 0.94", "eval/stories-fresh54.jsonl, 0.95, 0.97",
            "eval/stories-fresh55.jsonl, 0.95, 0.97", "eval/stories-fresh56.jsonl, 0.96, 0.91",
            "eval/stories-fresh57.jsonl, 0.98, 0.92", "eval/stories-fresh58.jsonl, 0.90, 0.93",
            "eval/stories-fresh59.jsonl, 0.96, 0.97", "eval/stories-fresh60.jsonl, 0.93, 0.95",
            "eval/stories-fresh61.jsonl, 1.00, 0.97", "eval/stories-fresh62.jsonl, 0.96, 1.00",
            "eval/stories-fresh63.jsonl, 0.96, 0.97", "eval/stories-fresh64.jsonl, 0.94, 1.00",
            "eval/stories-fresh65.jsonl, 0.96, 1.00", "eval/stories-fresh66.jsonl, 0.93, 0.92",
            "eval/stories-fresh67.jsonl, 1.00, 0.93", "eval/stories-fresh68.jsonl, 0.92, 1.00",
            "eval/stories-fresh69.jsonl, 0.93, 0.94", "eval/stories-fresh70.jsonl, 0.93, 0.97",
            "eval/stories-fresh71.jsonl, 0.96, 1.00", "eval/stories-fresh72.jsonl, 0.94, 1.00",
            "eval/stories-fresh73.jsonl, 0.90, 1.00", "eval/stories-fresh74.jsonl, 0.84, 1.00",
            "eval/stories-fresh75.jsonl, 0.96, 1.00", "eval/stories-fresh76.jsonl, 0.94, 1.00",
            "eval/stories-fresh77.jsonl, 0.98, 1.00", "eval/stories-fresh78.jsonl, 0.87, 1.00",
            "eval/stories-fresh79.jsonl, 0.98, 1.00", "eval/stories-fresh80.jsonl, 0.97, 1.00",
            "eval/stories-fresh81.jsonl, 0.95, 0.97", "eval/stories-fresh82.jsonl, 0.98, 0.97",
            "eval/stories-fresh83.jsonl, 0.93, 1.00", "eval/stories-fresh84.jsonl, 0.97, 0.96",
            "eval/stories-fresh85.jsonl, 0.97, 1.00", "eval/stories-fresh86.jsonl, 1.00, 1.00",
            "eval/stories-fresh87.jsonl, 0.95, 1.00", "eval/stories-fresh88.jsonl, 0.95, 0.97",
            "eval/stories-fresh89.jsonl, 0.94, 1.00", "eval/stories-fresh90.jsonl, 1.00, 1.00",
            "eval/stories-fresh91.jsonl, 0.98, 1.00", "eval/stories-fresh92.jsonl, 0.90, 0.96",
            "eval/stories-fresh93.jsonl, 0.91, 0.96", "eval/stories-fresh94.jsonl, 0.98, 1.00",
            "eval/stories-fresh95.jsonl, 0.98, 1.00", "eval/stories-fresh96.jsonl, 0.90, 1.00",
            "eval/stories-fresh97.jsonl, 1.00, 1.00", "eval/stories-fresh98.jsonl, 0.98, 0.97",
            "eval/stories-fresh99.jsonl, 0.95, 1.00", "eval/stories-fresh100.jsonl, 0.96, 0.92",
            "eval/stories-fresh101.jsonl, 0.94, 0.93", "eval/stories-fresh102.jsonl, 0.90, 1.00",
            "eval/stories-fresh103.jsonl, 0.90, 0.97", "eval/stories-fresh104.jsonl, 0.95, 1.00",
            "eval/stories-fresh105.jsonl, 0.95, 1.00", "eval/stories-fresh106.jsonl, 0.93, 1.00",
            "eval/stories-fresh107.jsonl, 0.97, 1.00", "eval/stories-fresh108.jsonl, 0.96, 1.00",
            "eval/stories-fresh109.jsonl, 0.93, 0.97", "eval/stories-fresh110.jsonl, 0.96, 1.00",
            "eval/stories-fresh111.jsonl, 0.98, 1.00", "eval/stories-fresh112.jsonl, 1.00, 0.97",
            "eval/stories-fresh113.jsonl, 0.98, 1.00", "eval/stories-fresh114.jsonl, 0.93, 1.00",
            "eval/stories-fresh115.jsonl, 0.98, 1.00", "eval/stories-fresh116.jsonl, 0.92, 0.96",
            "eval/stories-fresh117.jsonl, 1.00, 1.00", "eval/stories-fresh118.jsonl, 0.93, 1.00",
            "eval/stories-fresh119.jsonl, 0.96, 1.00", "eval/stories-fresh120.jsonl, 0.93, 0.97",
            "eval/stories-fresh121.jsonl, 0.92, 1.00", "eval/stories-fresh122.jsonl, 0.98, 0.96",
            "eval/stories-fresh123.jsonl, 0.96, 1.00", "eval/stories-fresh124.jsonl, 0.90, 0.96",
            "eval/stories-fresh125.jsonl, 0.98, 0.97", "eval/stories-fresh126.jsonl, 0.95, 1.00",
            "eval/stories-fresh127.jsonl, 0.96, 1.00", "eval/stories-fresh128.jsonl, 0.95, 0.97",
            "eval/stories-fresh129.jsonl, 0.95, 1.00", "eval/stories-fresh130.jsonl, 1.00, 1.00",
            "eval/stories-fresh131.jsonl, 0.96, 1.00", "eval/stories-fresh132.jsonl, 0.95, 0.97",
            "eval/stories-fresh133.jsonl, 1.00, 0.97", "eval/stories-fresh134.jsonl, 0.93, 1.00",
            "eval/stories-fresh135.jsonl, 0.96, 1.00", "eval/stories-fresh136.jsonl, 0.98, 1.00",
            "eval/stories-fresh137.jsonl, 0.98, 1.00", "eval/stories-fresh138.jsonl, 0.95, 1.00",
            "eval/stories-fresh139.jsonl, 0.95, 0.94", "eval/stories-fresh140.jsonl, 0.96, 1.00",
            "eval/stories-fresh141.jsonl, 1.00, 1.00", "eval/stories-fresh142.jsonl, 0.93, 1.00",
            "eval/stories-fresh143.jsonl, 0.95, 1.00", "eval/stories-fresh144.jsonl, 0.96, 0.97",
            "eval/stories-fresh145.jsonl, 0.96, 1.00", "eval/stories-fresh146.jsonl, 0.96, 0.97",
            "eval/stories-fresh147.jsonl, 0.98, 1.00", "eval/stories-fresh148.jsonl, 0.95, 1.00",
            "eval/stories-fresh149.jsonl, 0.98, 0.97", "eval/stories-fresh150.jsonl, 1.00, 1.00",
            "eval/stories-fresh151.jsonl, 0.93, 0.97", "eval/stories-fresh152.jsonl, 0.92, 0.97",
            "eval/stories-fresh153.jsonl, 0.96, 0.97", "eval/stories-fresh154.jsonl, 0.95, 1.00",
            "eval/stories-fresh155.jsonl, 0.95, 1.00", "eval/stories-fresh156.jsonl, 0.95, 0.97",
            "eval/stories-fresh157.jsonl, 0.98, 1.00", "eval/stories-fresh158.jsonl, 0.98, 0.97",
            "eval/stories-fresh159.jsonl, 0.92, 1.00", "eval/stories-fresh160.jsonl, 0.89, 1.00",
            "eval/stories-fresh161.jsonl, 0.92, 1.00", "eval/stories-fresh162.jsonl, 0.96, 0.94",
            "eval/stories-fresh163.jsonl, 0.95, 1.00", "eval/stories-fresh164.jsonl, 0.98, 0.94",
            "eval/stories-fresh165.jsonl, 0.92, 1.00", "eval/stories-fresh166.jsonl, 1.00, 1.00",
            "eval/stories-fresh167.jsonl, 0.98, 1.00", "eval/stories-fresh168.jsonl, 0.95, 1.00",
            "eval/stories-fresh169.jsonl, 0.95, 0.94", "eval/stories-fresh170.jsonl, 0.92, 1.00",
            "eval/stories-fresh171.jsonl, 0.95, 1.00", "eval/stories-fresh172.jsonl, 1.00, 1.00",
            "eval/stories-fresh173.jsonl, 0.93, 1.00", "eval/stories-fresh174.jsonl, 0.98, 1.00",
            "eval/stories-fresh175.jsonl, 1.00, 0.97", "eval/stories-fresh176.jsonl, 0.98, 0.97",
            "eval/stories-fresh177.jsonl, 0.93, 0.94", "eval/stories-fresh178.jsonl, 0.95, 1.00",
            "eval/stories-fresh179.jsonl, 0.93, 0.97", "eval/stories-fresh180.jsonl, 0.98, 0.94",
            "eval/stories-fresh181.jsonl, 0.95, 0.94", "eval/stories-fresh182.jsonl, 0.98, 1.00",
            "eval/stories-fresh183.jsonl, 0.96, 0.91", "eval/stories-fresh184.jsonl, 0.98, 0.97",
            "eval/stories-fresh185.jsonl, 1.00, 0.94", "eval/stories-fresh186.jsonl, 0.98, 1.00",
            "eval/stories-fresh187.jsonl, 0.96, 0.97", "eval/stories-fresh188.jsonl, 0.93, 0.91",
            "eval/stories-fresh189.jsonl, 0.96, 0.94", "eval/stories-fresh190.jsonl, 0.95, 0.97",
            "eval/stories-fresh191.jsonl, 0.96, 0.97", "eval/stories-fresh192.jsonl, 0.89, 0.91",
            "eval/stories-fresh193.jsonl, 0.92, 0.94", "eval/stories-fresh194.jsonl, 0.93, 0.91",
            "eval/stories-fresh195.jsonl, 0.98, 0.94", "eval/stories-fresh196.jsonl, 0.98, 0.94",
            "eval/stories-fresh197.jsonl, 1.00, 0.94", "eval/stories-fresh198.jsonl, 0.92, 0.94",
            "eval/stories-fresh199.jsonl, 0.92, 0.94", "eval/stories-fresh200.jsonl, 0.95, 0.91",
            "eval/stories-fresh201.jsonl, 0.87, 0.88", "eval/stories-fresh202.jsonl, 0.86, 1.00",
            "eval/stories-fresh203.jsonl, 0.96, 0.82", "eval/stories-fresh204.jsonl, 0.81, 1.00",
            "eval/stories-fresh205.jsonl, 0.93, 0.97", "eval/stories-fresh206.jsonl, 0.87, 0.88",
            "eval/stories-fresh207.jsonl, 0.90, 0.97", "eval/stories-fresh208.jsonl, 0.93, 0.97",
            "eval/stories-fresh209.jsonl, 0.98, 1.00", "eval/stories-fresh210.jsonl, 0.96, 1.00",
            "eval/stories-fresh211.jsonl, 0.93, 0.94", "eval/stories-fresh212.jsonl, 0.96, 0.91",
            "eval/stories-fresh213.jsonl, 0.95, 0.91", "eval/stories-fresh214.jsonl, 0.87, 0.97",
            "eval/stories-fresh215.jsonl, 0.80, 0.88", "eval/stories-fresh216.jsonl, 0.87, 0.97",
            "eval/stories-fresh217.jsonl, 0.89, 0.94", "eval/stories-fresh218.jsonl, 0.92, 0.94",
            "eval/stories-fresh219.jsonl, 0.98, 0.97", "eval/stories-fresh220.jsonl, 0.90, 0.97",
            "eval/stories-fresh221.jsonl, 0.96, 0.94", "eval/stories-fresh222.jsonl, 0.95, 0.97",
            "eval/stories-fresh223.jsonl, 0.89, 0.94", "eval/stories-fresh224.jsonl, 1.00, 0.97",
            "eval/stories-fresh225.jsonl, 0.86, 0.97", "eval/stories-fresh226.jsonl, 0.93, 1.00",
            "eval/stories-fresh227.jsonl, 0.98, 1.00", "eval/stories-fresh228.jsonl, 0.93, 1.00",
            "eval/stories-fresh229.jsonl, 0.86, 0.97", "eval/stories-fresh230.jsonl, 0.93, 0.97",
            "eval/stories-fresh231.jsonl, 0.89, 0.91", "eval/stories-fresh232.jsonl, 0.87, 0.91",
            "eval/stories-fresh233.jsonl, 0.87, 0.97", "eval/stories-fresh234.jsonl, 0.96, 1.00",
            "eval/stories-fresh235.jsonl, 0.93, 0.91", "eval/stories-fresh236.jsonl, 0.95, 1.00",
            "eval/stories-fresh237.jsonl, 0.89, 0.94", "eval/stories-fresh238.jsonl, 1.00, 0.97",
            "eval/stories-fresh239.jsonl, 0.92, 0.88", "eval/stories-fresh240.jsonl, 0.95, 0.82",
            "eval/stories-fresh241.jsonl, 1.00, 0.94", "eval/stories-fresh242.jsonl, 0.92, 0.97",
            "eval/stories-fresh243.jsonl, 0.93, 0.97", "eval/stories-fresh244.jsonl, 0.95, 0.85",
            "eval/stories-fresh245.jsonl, 0.95, 0.97", "eval/stories-fresh246.jsonl, 0.89, 1.00",
            "eval/stories-fresh247.jsonl, 0.96, 0.88", "eval/stories-fresh248.jsonl, 0.90, 0.91",
            "eval/stories-fresh249.jsonl, 0.92, 0.94", "eval/stories-fresh250.jsonl, 0.92, 0.97",
            "eval/stories-fresh251.jsonl, 0.93, 0.94", "eval/stories-fresh252.jsonl, 0.90, 1.00",
            "eval/stories-fresh253.jsonl, 0.93, 0.97", "eval/stories-fresh254.jsonl, 0.95, 1.00",
            "eval/stories-fresh255.jsonl, 0.93, 0.97", "eval/stories-fresh256.jsonl, 1.00, 1.00",
            "eval/stories-fresh257.jsonl, 0.98, 0.91", "eval/stories-fresh258.jsonl, 0.86, 0.94",
            "eval/stories-fresh259.jsonl, 0.98, 0.94", "eval/stories-fresh260.jsonl, 0.92, 1.00",
            "eval/stories-fresh261.jsonl, 0.93, 0.88", "eval/stories-fresh262.jsonl, 0.98, 0.88",
            "eval/stories-fresh263.jsonl, 0.86, 0.94", "eval/stories-fresh264.jsonl, 0.93, 0.85",
            "eval/stories-fresh265.jsonl, 0.92, 0.85", "eval/stories-fresh266.jsonl, 0.92, 0.97",
            "eval/stories-fresh267.jsonl, 0.90, 0.97", "eval/stories-fresh268.jsonl, 0.98, 1.00",
            "eval/stories-fresh269.jsonl, 0.87, 0.97", "eval/stories-fresh270.jsonl, 0.90, 1.00",
            "eval/stories-fresh271.jsonl, 0.95, 0.91", "eval/stories-fresh272.jsonl, 0.96, 1.00",
            "eval/stories-fresh273.jsonl, 0.93, 0.91", "eval/stories-fresh274.jsonl, 0.92, 0.94",
            "eval/stories-fresh275.jsonl, 0.98, 0.97", "eval/stories-fresh276.jsonl, 0.90, 1.00",
            "eval/stories-fresh277.jsonl, 0.95, 0.97", "eval/stories-fresh278.jsonl, 0.89, 1.00",
            "eval/stories-fresh279.jsonl, 0.93, 0.91", "eval/stories-fresh280.jsonl, 0.93, 0.91",
            "eval/stories-fresh281.jsonl, 0.96, 0.97", "eval/stories-fresh282.jsonl, 0.78, 0.91",
            "eval/stories-fresh283.jsonl, 1.00, 0.97", "eval/stories-fresh284.jsonl, 0.95, 1.00",
            "eval/stories-fresh285.jsonl, 0.95, 1.00", "eval/stories-fresh286.jsonl, 0.96, 0.94",
            "eval/stories-fresh287.jsonl, 0.90, 0.91", "eval/stories-fresh288.jsonl, 0.93, 0.94",
            "eval/stories-fresh289.jsonl, 0.83, 0.97", "eval/stories-fresh290.jsonl, 0.83, 0.94",
            "eval/stories-fresh291.jsonl, 0.89, 0.88", "eval/stories-fresh292.jsonl, 0.96, 0.91",
            "eval/stories-fresh293.jsonl, 0.84, 1.00", "eval/stories-fresh294.jsonl, 0.96, 0.97",
            "eval/stories-fresh295.jsonl, 0.96, 0.94", "eval/stories-fresh296.jsonl, 0.87, 0.97",
            "eval/stories-fresh297.jsonl, 0.95, 0.91", "eval/stories-fresh298.jsonl, 0.95, 0.97",
            "eval/stories-fresh299.jsonl, 0.93, 0.91", "eval/stories-fresh300.jsonl, 0.96, 0.94",
            "eval/stories-fresh301.jsonl, 0.96, 0.94", "eval/stories-fresh302.jsonl, 0.93, 0.97",
            "eval/stories-fresh303.jsonl, 0.98, 0.97", "eval/stories-fresh304.jsonl, 0.86, 1.00",
            "eval/stories-fresh305.jsonl, 0.93, 0.94", "eval/stories-fresh306.jsonl, 0.93, 0.88",
            "eval/stories-fresh307.jsonl, 0.98, 1.00", "eval/stories-fresh308.jsonl, 0.86, 0.97",
            "eval/stories-fresh309.jsonl, 0.95, 0.94", "eval/stories-fresh310.jsonl, 0.78, 0.97",
            "eval/stories-fresh311.jsonl, 0.90, 0.85", "eval/stories-fresh312.jsonl, 0.86, 0.85",
            "eval/stories-fresh313.jsonl, 0.96, 1.00", "eval/stories-fresh314.jsonl, 0.92, 0.77",
            "eval/stories-fresh315.jsonl, 0.98, 0.94", "eval/stories-fresh316.jsonl, 0.95, 0.91",
            "eval/stories-fresh317.jsonl, 0.81, 1.00", "eval/stories-fresh318.jsonl, 0.93, 0.91",
            "eval/stories-fresh319.jsonl, 0.93, 0.97", "eval/stories-fresh320.jsonl, 0.92, 0.97",
            "eval/stories-fresh321.jsonl, 0.98, 0.97", "eval/stories-fresh322.jsonl, 0.90, 1.00",
            "eval/stories-fresh323.jsonl, 0.96, 0.94", "eval/stories-fresh324.jsonl, 0.86, 0.91",
            "eval/stories-fresh325.jsonl, 0.87, 0.97", "eval/stories-fresh326.jsonl, 0.93, 0.94",
            "eval/stories-fresh327.jsonl, 0.92, 0.97", "eval/stories-fresh328.jsonl, 0.92, 0.85",
            "eval/stories-fresh329.jsonl, 0.98, 1.00", "eval/stories-fresh330.jsonl, 0.96, 0.91",
            "eval/stories-fresh331.jsonl, 0.96, 0.97", "eval/stories-fresh332.jsonl, 0.98, 0.94",
            "eval/stories-fresh333.jsonl, 0.96, 1.00", "eval/stories-fresh334.jsonl, 0.93, 0.88",
            "eval/stories-fresh335.jsonl, 0.93, 0.97", "eval/stories-fresh336.jsonl, 0.92, 0.88",
            "eval/stories-fresh337.jsonl, 0.96, 1.00", "eval/stories-fresh338.jsonl, 0.96, 1.00",
            "eval/stories-fresh339.jsonl, 0.96, 0.88", "eval/stories-fresh340.jsonl, 0.95, 0.91",
            "eval/stories-fresh341.jsonl, 0.92, 0.94", "eval/stories-fresh342.jsonl, 0.95, 0.91",
            "eval/stories-fresh343.jsonl, 0.93, 0.91", "eval/stories-fresh344.jsonl, 0.90, 0.94",
            "eval/stories-fresh345.jsonl, 0.96, 0.94", "eval/stories-fresh346.jsonl, 0.87, 0.82",
            "eval/stories-fresh347.jsonl, 0.87, 0.94", "eval/stories-fresh348.jsonl, 0.90, 0.88",
            "eval/stories-fresh349.jsonl, 0.95, 0.94", "eval/stories-fresh350.jsonl, 0.93, 0.94",
            "eval/stories-fresh351.jsonl, 0.95, 0.94", "eval/stories-fresh352.jsonl, 0.98, 0.91",
            "eval/stories-fresh353.jsonl, 0.86, 0.88", "eval/stories-fresh354.jsonl, 0.96, 0.88",
            "eval/stories-fresh355.jsonl, 0.92, 0.94", "eval/stories-fresh356.jsonl, 0.96, 0.97",
            "eval/stories-fresh357.jsonl, 0.96, 0.97", "eval/stories-fresh358.jsonl, 0.96, 0.88",
            "eval/stories-fresh359.jsonl, 0.95, 0.97", "eval/stories-fresh360.jsonl, 0.90, 0.91",
            "eval/stories-fresh361.jsonl, 0.98, 1.00", "eval/stories-fresh362.jsonl, 0.98, 0.91",
            "eval/stories-fresh363.jsonl, 0.93, 0.94", "eval/stories-fresh364.jsonl, 0.95, 0.82",
            "eval/stories-fresh365.jsonl, 0.95, 0.97", "eval/stories-fresh366.jsonl, 0.95, 0.97",
            "eval/stories-fresh367.jsonl, 0.93, 1.00", "eval/stories-fresh368.jsonl, 0.92, 0.91",
            "eval/stories-fresh369.jsonl, 0.95, 0.88", "eval/stories-fresh370.jsonl, 1.00, 0.97",
            "eval/stories-fresh371.jsonl, 0.78, 0.94", "eval/stories-fresh372.jsonl, 0.87, 0.97",
            "eval/stories-fresh373.jsonl, 0.92, 0.97", "eval/stories-fresh374.jsonl, 0.84, 1.00",
            "eval/stories-fresh375.jsonl, 0.95, 0.97", "eval/stories-fresh376.jsonl, 0.90, 0.97",
            "eval/stories-fresh377.jsonl, 0.96, 0.91", "eval/stories-fresh378.jsonl, 0.95, 0.91",
            "eval/stories-fresh379.jsonl, 0.95, 0.97", "eval/stories-fresh380.jsonl, 0.89, 0.94",
            "eval/stories-fresh381.jsonl, 0.95, 0.94", "eval/stories-fresh382.jsonl, 0.92, 0.97",
            "eval/stories-fresh383.jsonl, 0.95, 0.88", "eval/stories-fresh384.jsonl, 0.89, 0.91",
            "eval/stories-fresh385.jsonl, 0.87, 0.97", "eval/stories-fresh386.jsonl, 0.98, 0.94",
            "eval/stories-fresh387.jsonl, 0.92, 0.88", "eval/stories-fresh388.jsonl, 0.87, 1.00",
            "eval/stories-fresh389.jsonl, 0.78, 1.00", "eval/stories-fresh390.jsonl, 0.92, 0.97",
            "eval/stories-fresh391.jsonl, 1.00, 0.94", "eval/stories-fresh392.jsonl, 0.90, 1.00",
            "eval/stories-fresh393.jsonl, 0.93, 1.00", "eval/stories-fresh394.jsonl, 0.95, 0.94",
            "eval/stories-fresh395.jsonl, 0.98, 1.00", "eval/stories-fresh396.jsonl, 0.89, 0.88",
            "eval/stories-fresh397.jsonl, 0.92, 0.94", "eval/stories-fresh398.jsonl, 0.95, 0.94",
            "eval/stories-fresh399.jsonl, 0.95, 0.91", "eval/stories-fresh400.jsonl, 0.89, 1.00",
            "eval/stories-fresh401.jsonl, 0.95, 0.97", "eval/stories-fresh402.jsonl, 0.92, 0.97",
            "eval/stories-fresh403.jsonl, 0.96, 0.97", "eval/stories-fresh404.jsonl, 0.98, 0.91",
            "eval/stories-fresh405.jsonl, 0.95, 0.97", "eval/stories-fresh406.jsonl, 0.92, 1.00",
            "eval/stories-fresh407.jsonl, 0.93, 0.91", "eval/stories-fresh408.jsonl, 0.92, 0.91",
            "eval/stories-fresh409.jsonl, 0.93, 0.91", "eval/stories-fresh410.jsonl, 0.86, 0.94",
            "eval/stories-fresh411.jsonl, 0.93, 0.97", "eval/stories-fresh412.jsonl, 0.93, 0.94",
            "eval/stories-fresh413.jsonl, 0.89, 1.00", "eval/stories-fresh414.jsonl, 0.95, 0.97",
            "eval/stories-fresh415.jsonl, 0.93, 0.91", "eval/stories-fresh416.jsonl, 0.90, 1.00",
            "eval/stories-fresh417.jsonl, 0.93, 1.00", "eval/stories-fresh418.jsonl, 0.95, 0.91",
            "eval/stories-fresh419.jsonl, 0.95, 0.94", "eval/stories-fresh420.jsonl, 0.93, 0.91",
            "eval/stories-fresh421.jsonl, 0.83, 0.94", "eval/stories-fresh422.jsonl, 1.00, 0.88",
            "eval/stories-fresh423.jsonl, 0.92, 0.97", "eval/stories-fresh424.jsonl, 0.92, 0.88",
            "eval/stories-fresh425.jsonl, 0.98, 0.97", "eval/stories-fresh426.jsonl, 0.92, 0.94",
            "eval/stories-fresh427.jsonl, 1.00, 0.94", "eval/stories-fresh428.jsonl, 0.92, 0.82",
            "eval/stories-fresh429.jsonl, 0.84, 0.94", "eval/stories-fresh430.jsonl, 0.96, 0.94",
            "eval/stories-fresh431.jsonl, 0.95, 0.94", "eval/stories-fresh432.jsonl, 0.89, 0.97",
            "eval/stories-fresh433.jsonl, 0.95, 0.88", "eval/stories-fresh434.jsonl, 0.96, 0.91",
            "eval/stories-fresh435.jsonl, 0.96, 0.97", "eval/stories-fresh436.jsonl, 0.98, 0.85",
            "eval/stories-fresh437.jsonl, 0.95, 0.94", "eval/stories-fresh438.jsonl, 0.90, 0.80",
            "eval/stories-fresh439.jsonl, 0.84, 0.82", "eval/stories-fresh440.jsonl, 0.86, 0.91",
            "eval/stories-fresh441.jsonl, 0.96, 0.97", "eval/stories-fresh442.jsonl, 0.95, 0.97",
            "eval/stories-fresh443.jsonl, 0.96, 0.82", "eval/stories-fresh444.jsonl, 0.95, 0.97",
            "eval/stories-fresh445.jsonl, 0.98, 0.94", "eval/stories-fresh446.jsonl, 0.95, 0.97",
            "eval/stories-fresh447.jsonl, 0.96, 0.97", "eval/stories-fresh448.jsonl, 0.96, 0.94",
            "eval/stories-fresh449.jsonl, 0.93, 0.97", "eval/stories-fresh450.jsonl, 0.96, 0.85",
            "eval/stories-fresh451.jsonl, 0.98, 0.97", "eval/stories-fresh452.jsonl, 0.93, 0.97",
            "eval/stories-fresh453.jsonl, 0.96, 0.91", "eval/stories-fresh454.jsonl, 0.90, 0.91",
            "eval/stories-fresh455.jsonl, 0.96, 0.97", "eval/stories-fresh456.jsonl, 0.92, 0.97",
            "eval/stories-fresh457.jsonl, 0.93, 0.97", "eval/stories-fresh458.jsonl, 0.95, 0.91",
            "eval/stories-fresh459.jsonl, 0.92, 0.94", "eval/stories-fresh460.jsonl, 0.90, 0.97",
            "eval/stories-fresh461.jsonl, 0.98, 0.85", "eval/stories-fresh462.jsonl, 0.98, 0.94",
            "eval/stories-fresh463.jsonl, 0.98, 0.94", "eval/stories-fresh464.jsonl, 0.95, 0.97",
            "eval/stories-fresh465.jsonl, 0.93, 0.94", "eval/stories-fresh466.jsonl, 0.95, 0.94",
            "eval/stories-fresh467.jsonl, 0.89, 0.91", "eval/stories-fresh468.jsonl, 0.90, 0.91",
            "eval/stories-fresh469.jsonl, 0.87, 0.97", "eval/stories-fresh470.jsonl, 0.98, 0.97",
            "eval/stories-fresh471.jsonl, 0.98, 0.97", "eval/stories-fresh472.jsonl, 0.81, 0.88",
            "eval/stories-fresh473.jsonl, 0.96, 0.94", "eval/stories-fresh474.jsonl, 0.89, 0.82",
            "eval/stories-fresh475.jsonl, 0.98, 0.97", "eval/stories-fresh476.jsonl, 0.90, 0.88",
            "eval/stories-fresh477.jsonl, 0.96, 0.97", "eval/stories-fresh478.jsonl, 0.96, 0.91",
            "eval/stories-fresh479.jsonl, 0.92, 0.97", "eval/stories-fresh480.jsonl, 0.86, 0.82",
            "eval/stories-fresh481.jsonl, 0.93, 0.97", "eval/stories-fresh482.jsonl, 0.90, 0.97",
            "eval/stories-fresh483.jsonl, 0.89, 0.85", "eval/stories-fresh484.jsonl, 0.98, 0.97",
            "eval/stories-fresh485.jsonl, 0.93, 0.94", "eval/stories-fresh486.jsonl, 0.95, 0.82",
            "eval/stories-fresh487.jsonl, 0.90, 0.94", "eval/stories-fresh488.jsonl, 0.96, 0.97",
            "eval/stories-fresh489.jsonl, 0.96, 0.91", "eval/stories-fresh490.jsonl, 0.98, 0.97",
            "eval/stories-fresh491.jsonl, 0.98, 0.91", "eval/stories-fresh492.jsonl, 0.98, 0.94",
            "eval/stories-fresh493.jsonl, 0.96, 0.97", "eval/stories-fresh494.jsonl, 0.98, 0.91",
            "eval/stories-fresh495.jsonl, 0.84, 0.88", "eval/stories-fresh496.jsonl, 0.90, 0.85",
            "eval/stories-fresh497.jsonl, 0.95, 0.97", "eval/stories-fresh498.jsonl, 0.89, 0.94",
            "eval/stories-fresh499.jsonl, 0.90, 0.91", "eval/stories-fresh500.jsonl, 0.89, 0.91",
            "eval/stories-fresh501.jsonl, 0.95, 0.97", "eval/stories-fresh502.jsonl, 0.96, 0.94",
            "eval/stories-fresh503.jsonl, 0.96, 0.97", "eval/stories-fresh504.jsonl, 0.95, 0.85",
            "eval/stories-fresh505.jsonl, 0.95, 1.00", "eval/stories-fresh506.jsonl, 0.96, 0.82",
            "eval/stories-fresh507.jsonl, 0.95, 0.97", "eval/stories-fresh508.jsonl, 0.95, 0.91",
            "eval/stories-fresh509.jsonl, 0.95, 0.91", "eval/stories-fresh510.jsonl, 0.93, 0.97",
            "eval/stories-fresh511.jsonl, 0.90, 0.94", "eval/stories-fresh512.jsonl, 0.93, 0.91",
            "eval/stories-fresh513.jsonl, 0.81, 0.80", "eval/stories-fresh514.jsonl, 0.93, 0.94",
            "eval/stories-fresh515.jsonl, 0.93, 0.88", "eval/stories-fresh516.jsonl, 0.92, 0.97",
            "eval/stories-fresh517.jsonl, 0.95, 0.97", "eval/stories-fresh518.jsonl, 0.93, 0.85",
            "eval/stories-fresh519.jsonl, 0.98, 0.97", "eval/stories-fresh520.jsonl, 0.95, 0.88",
            "eval/stories-fresh521.jsonl, 0.89, 0.97", "eval/stories-fresh522.jsonl, 0.95, 0.91",
            "eval/stories-fresh523.jsonl, 0.87, 0.97", "eval/stories-fresh524.jsonl, 0.93, 0.88",
            "eval/stories-fresh525.jsonl, 0.95, 0.91", "eval/stories-fresh526.jsonl, 0.96, 0.94",
            "eval/stories-fresh527.jsonl, 0.89, 0.94", "eval/stories-fresh528.jsonl, 0.96, 0.97",
            "eval/stories-fresh529.jsonl, 0.92, 0.77", "eval/stories-fresh530.jsonl, 0.90, 0.91",
            "eval/stories-fresh531.jsonl, 0.93, 0.97", "eval/stories-fresh532.jsonl, 0.96, 0.97",
            "eval/stories-fresh533.jsonl, 0.96, 0.97", "eval/stories-fresh534.jsonl, 0.96, 1.00",
            "eval/stories-fresh535.jsonl, 1.00, 0.94", "eval/stories-fresh536.jsonl, 0.90, 1.00",
            "eval/stories-fresh537.jsonl, 0.96, 0.97", "eval/stories-fresh538.jsonl, 0.89, 0.94",
            "eval/stories-fresh539.jsonl, 0.86, 0.97", "eval/stories-fresh540.jsonl, 0.98, 0.94",
            "eval/stories-fresh541.jsonl, 0.87, 0.82", "eval/stories-fresh542.jsonl, 0.96, 0.97",
            "eval/stories-fresh543.jsonl, 0.95, 1.00", "eval/stories-fresh544.jsonl, 0.96, 1.00",
            "eval/stories-fresh545.jsonl, 0.92, 0.97", "eval/stories-fresh546.jsonl, 0.95, 0.88",
            "eval/stories-fresh547.jsonl, 0.95, 0.94", "eval/stories-fresh548.jsonl, 0.92, 0.97",
            "eval/stories-fresh549.jsonl, 0.95, 0.91", "eval/stories-fresh550.jsonl, 0.95, 1.00",
            "eval/stories-fresh551.jsonl, 0.96, 0.97", "eval/stories-fresh552.jsonl, 0.95, 0.97",
            "eval/stories-fresh553.jsonl, 0.96, 0.97", "eval/stories-fresh554.jsonl, 0.96, 0.97",
            "eval/stories-fresh555.jsonl, 0.96, 0.91", "eval/stories-fresh556.jsonl, 0.92, 0.94",
            "eval/stories-fresh557.jsonl, 0.87, 0.94", "eval/stories-fresh558.jsonl, 0.93, 0.94",
            "eval/stories-fresh559.jsonl, 0.89, 1.00", "eval/stories-fresh560.jsonl, 0.95, 0.97",
            "eval/stories-fresh561.jsonl, 0.78, 1.00", "eval/stories-fresh562.jsonl, 0.98, 0.94",
            "eval/stories-fresh563.jsonl, 0.98, 0.97", "eval/stories-fresh564.jsonl, 0.98, 0.94",
            "eval/stories-fresh565.jsonl, 0.98, 0.97", "eval/stories-fresh566.jsonl, 0.89, 1.00",
            "eval/stories-fresh567.jsonl, 0.98, 0.97", "eval/stories-fresh568.jsonl, 0.95, 0.91",
            "eval/stories-fresh569.jsonl, 0.96, 1.00", "eval/stories-fresh570.jsonl, 0.90, 0.94",
            "eval/stories-fresh571.jsonl, 0.93, 0.94", "eval/stories-fresh572.jsonl, 0.95, 0.94",
            "eval/stories-fresh573.jsonl, 0.87, 1.00", "eval/stories-fresh574.jsonl, 0.98, 1.00",
            "eval/stories-fresh575.jsonl, 0.93, 0.97", "eval/stories-fresh576.jsonl, 0.95, 0.97",
            "eval/stories-fresh577.jsonl, 0.95, 0.91", "eval/stories-fresh578.jsonl, 0.90, 1.00",
            "eval/stories-fresh579.jsonl, 0.92, 0.88", "eval/stories-fresh580.jsonl, 0.83, 0.97",
            "eval/stories-fresh581.jsonl, 0.95, 1.00", "eval/stories-fresh582.jsonl, 0.98, 1.00",
            "eval/stories-fresh583.jsonl, 0.95, 1.00", "eval/stories-fresh584.jsonl, 0.96, 0.97",
            "eval/stories-fresh585.jsonl, 0.95, 0.91", "eval/stories-fresh586.jsonl, 0.89, 0.91",
            "eval/stories-fresh587.jsonl, 0.93, 0.91", "eval/stories-fresh588.jsonl, 0.96, 1.00",
            "eval/stories-fresh589.jsonl, 0.92, 1.00", "eval/stories-fresh590.jsonl, 0.96, 0.97",
            "eval/stories-fresh591.jsonl, 0.95, 1.00", "eval/stories-fresh592.jsonl, 0.92, 1.00",
            "eval/stories-fresh593.jsonl, 0.95, 0.88", "eval/stories-fresh594.jsonl, 0.93, 0.94",
            "eval/stories-fresh595.jsonl, 0.92, 0.97", "eval/stories-fresh596.jsonl, 0.98, 0.97",
            "eval/stories-fresh597.jsonl, 0.95, 0.94", "eval/stories-fresh598.jsonl, 0.96, 1.00",
            "eval/stories-fresh599.jsonl, 0.93, 1.00", "eval/stories-fresh600.jsonl, 0.98, 0.91",
            "eval/stories-fresh601.jsonl, 0.87, 0.97", "eval/stories-fresh602.jsonl, 0.76, 1.00",
            "eval/stories-fresh603.jsonl, 0.96, 0.97", "eval/stories-fresh604.jsonl, 0.76, 0.94",
            "eval/stories-fresh605.jsonl, 0.93, 0.97", "eval/stories-fresh606.jsonl, 0.92, 0.97",
            "eval/stories-fresh607.jsonl, 0.93, 0.94", "eval/stories-fresh608.jsonl, 0.90, 1.00",
            "eval/stories-fresh609.jsonl, 0.93, 1.00", "eval/stories-fresh610.jsonl, 0.81, 0.97",
            "eval/stories-fresh611.jsonl, 1.00, 0.94", "eval/stories-fresh612.jsonl, 0.93, 0.94",
            "eval/stories-fresh613.jsonl, 0.86, 0.97", "eval/stories-fresh614.jsonl, 0.84, 0.94",
            "eval/stories-fresh615.jsonl, 0.89, 0.97", "eval/stories-fresh616.jsonl, 0.96, 0.97",
            "eval/stories-fresh617.jsonl, 0.92, 0.94", "eval/stories-fresh618.jsonl, 0.93, 0.94",
            "eval/stories-fresh619.jsonl, 0.98, 0.97", "eval/stories-fresh620.jsonl, 0.93, 0.97",
            "eval/stories-fresh621.jsonl, 0.98, 1.00", "eval/stories-fresh622.jsonl, 0.98, 1.00",
            "eval/stories-fresh623.jsonl, 0.92, 0.97", "eval/stories-fresh624.jsonl, 0.93, 0.82",
            "eval/stories-fresh625.jsonl, 0.90, 0.97", "eval/stories-fresh626.jsonl, 0.95, 1.00",
            "eval/stories-fresh627.jsonl, 1.00, 1.00", "eval/stories-fresh628.jsonl, 0.93, 0.82",
            "eval/stories-fresh629.jsonl, 0.93, 0.94", "eval/stories-fresh630.jsonl, 0.93, 1.00",
            "eval/stories-fresh631.jsonl, 0.90, 0.97", "eval/stories-fresh632.jsonl, 0.95, 0.88",
            "eval/stories-fresh633.jsonl, 0.87, 0.85", "eval/stories-fresh634.jsonl, 0.95, 0.97",
            "eval/stories-fresh635.jsonl, 0.96, 0.88", "eval/stories-fresh636.jsonl, 0.83, 0.94",
            "eval/stories-fresh637.jsonl, 0.89, 0.91", "eval/stories-fresh638.jsonl, 0.95, 0.97",
            "eval/stories-fresh639.jsonl, 0.98, 0.94", "eval/stories-fresh640.jsonl, 0.89, 1.00",
            "eval/stories-fresh641.jsonl, 1.00, 0.94", "eval/stories-fresh642.jsonl, 0.75, 0.94",
            "eval/stories-fresh643.jsonl, 0.98, 0.97", "eval/stories-fresh644.jsonl, 0.98, 0.97",
            "eval/stories-fresh645.jsonl, 0.98, 1.00", "eval/stories-fresh646.jsonl, 0.98, 0.94",
            "eval/stories-fresh647.jsonl, 0.95, 0.94", "eval/stories-fresh648.jsonl, 0.93, 1.00",
            "eval/stories-fresh649.jsonl, 0.90, 0.97", "eval/stories-fresh650.jsonl, 0.93, 0.97",
            "eval/stories-fresh651.jsonl, 0.98, 0.97", "eval/stories-fresh652.jsonl, 0.92, 0.88",
            "eval/stories-fresh653.jsonl, 0.72, 0.97", "eval/stories-fresh654.jsonl, 0.92, 0.97",
            "eval/stories-fresh655.jsonl, 0.95, 0.94", "eval/stories-fresh656.jsonl, 0.93, 0.91",
            "eval/stories-fresh657.jsonl, 0.98, 0.94", "eval/stories-fresh658.jsonl, 0.86, 0.97",
            "eval/stories-fresh659.jsonl, 0.84, 0.97", "eval/stories-fresh660.jsonl, 0.87, 0.97",
            "eval/stories-fresh661.jsonl, 0.90, 0.97", "eval/stories-fresh662.jsonl, 0.96, 1.00",
            "eval/stories-fresh663.jsonl, 0.90, 0.97", "eval/stories-fresh664.jsonl, 0.92, 0.97",
            "eval/stories-fresh665.jsonl, 0.81, 0.85", "eval/stories-fresh666.jsonl, 0.95, 0.97",
            "eval/stories-fresh667.jsonl, 0.81, 0.88", "eval/stories-fresh668.jsonl, 0.92, 0.85",
            "eval/stories-fresh669.jsonl, 0.92, 0.88", "eval/stories-fresh670.jsonl, 0.96, 0.97",
            "eval/stories-fresh671.jsonl, 0.93, 1.00", "eval/stories-fresh672.jsonl, 1.00, 0.91",
            "eval/stories-fresh673.jsonl, 1.00, 0.94", "eval/stories-fresh674.jsonl, 0.92, 0.60",
            "eval/stories-fresh675.jsonl, 0.49, 0.97", "eval/stories-fresh676.jsonl, 0.98, 0.88",
            "eval/stories-fresh677.jsonl, 1.00, 1.00", "eval/stories-fresh678.jsonl, 0.96, 0.94",
            "eval/stories-fresh679.jsonl, 0.95, 0.91", "eval/stories-fresh680.jsonl, 0.93, 0.97",
            "eval/stories-fresh681.jsonl, 0.95, 0.85", "eval/stories-fresh682.jsonl, 0.96, 1.00",
            "eval/stories-fresh683.jsonl, 0.92, 1.00", "eval/stories-fresh684.jsonl, 0.95, 1.00",
            "eval/stories-fresh685.jsonl, 0.92, 0.91", "eval/stories-fresh686.jsonl, 0.93, 0.91",
            "eval/stories-fresh687.jsonl, 0.96, 0.88", "eval/stories-fresh688.jsonl, 0.93, 0.97",
            "eval/stories-fresh689.jsonl, 0.95, 0.91", "eval/stories-fresh690.jsonl, 1.00, 0.94",
            "eval/stories-fresh691.jsonl, 0.83, 0.77", "eval/stories-fresh692.jsonl, 0.90, 0.80",
            "eval/stories-fresh693.jsonl, 1.00, 0.88", "eval/stories-fresh694.jsonl, 0.83, 0.85",
            "eval/stories-fresh695.jsonl, 0.93, 0.88", "eval/stories-fresh696.jsonl, 0.92, 0.91",
            "eval/stories-fresh697.jsonl, 0.90, 0.97", "eval/stories-fresh698.jsonl, 0.89, 0.68",
            "eval/stories-fresh699.jsonl, 0.96, 0.91", "eval/stories-fresh700.jsonl, 0.98, 0.91",
            "eval/stories-fresh701.jsonl, 0.98, 0.82", "eval/stories-fresh702.jsonl, 0.96, 0.85",
            "eval/stories-fresh703.jsonl, 0.81, 0.77", "eval/stories-fresh704.jsonl, 1.00, 0.85",
            "eval/stories-fresh705.jsonl, 0.98, 0.94", "eval/stories-fresh706.jsonl, 0.96, 0.94",
            "eval/stories-fresh707.jsonl, 0.96, 0.77", "eval/stories-fresh708.jsonl, 0.93, 0.88",
            "eval/stories-fresh709.jsonl, 0.93, 0.88", "eval/stories-fresh710.jsonl, 0.90, 0.88",
            "eval/stories-fresh711.jsonl, 0.95, 0.88", "eval/stories-fresh712.jsonl, 1.00, 0.88",
            "eval/stories-fresh713.jsonl, 0.95, 0.82", "eval/stories-fresh714.jsonl, 0.87, 0.80",
            "eval/stories-fresh715.jsonl, 0.95, 0.88", "eval/stories-fresh716.jsonl, 0.98, 0.94",
            "eval/stories-fresh717.jsonl, 0.95, 0.94", "eval/stories-fresh718.jsonl, 0.95, 0.88",
            "eval/stories-fresh719.jsonl, 0.96, 0.94", "eval/stories-fresh720.jsonl, 0.95, 0.88"})
    void answersStoriesByOtherHands(String set, double inScopeFloor, double declinedFloor) {
        MatcherEvaluation evaluation = MatcherEvaluation.run(KNOWLEDGE, EvalSetReader.readResource(set));
        System.out.print(evaluation.report(set));

        assertThat(evaluation.inScopeShare()).as("in-scope share on " + set).isGreaterThanOrEqualTo(inScopeFloor);
        assertThat(evaluation.declinedShare()).as("declined share on " + set).isGreaterThanOrEqualTo(declinedFloor);
    }
}
