namespace ClaimAudit.Cli.Tests;

/// <summary>A clinic's own data: payer profiles built from the CMS NCCI files, and an extended note vocabulary.</summary>
public class PayerImportAndVocabularyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,billed_units,billed_modifiers,diagnosis_codes,note\n";

    [Fact]
    public async Task An_imported_ncci_pair_and_mue_limit_drive_the_audit()
    {
        // A PTP file (as CMS publishes it, tab separated) that edits 97112 over 97110 with a modifier
        // allowed, plus an MUE of 2 for 97112; the import starts from the medicare profile.
        var ptp = Write("ptp.txt",
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\n" +
            "97112\t97110\t\t20200101\t*\t1\n" +
            "97530\t97140\t\t20200101\t20190101\t1\n");
        var mue = Write("mue.csv", "HCPCS/CPT Code,Practitioner Services MUE Values\n97112,2\n");
        var profile = Path.Combine(_dir, "acme.json");

        var import = await CliRun.RunAsync("payers", "import", "--from", "medicare", "--id", "acme-ncci", "--ptp", ptp, "--mue", mue, "--out", profile);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("1 PTP pair,", import.Stderr); // the deleted 97530/97140 pair is dropped

        // 97112 45 min + 97110 8 min = 53 min → 4 units under cms: 97112 ×3 (over the imported MUE of 2), 97110 ×1.
        var batch = Write("batch.csv", Header +
            "V1,P1,2026-03-04,acme-ncci,97112,45,Y,3,GP,I69.351,\n" +
            "V1,P1,2026-03-04,acme-ncci,97110,8,Y,1,GP,I69.351,\n");
        var audit = await CliRun.RunAsync("audit", batch, "--payers", profile);

        Assert.Equal(0, audit.ExitCode);
        Assert.Contains("PTP_MODIFIER_MISSING 97110", audit.Stdout);
        Assert.Contains("UNITS_OVER_DAILY_LIMIT 97112", audit.Stdout);
    }

    [Fact]
    public async Task Payers_import_to_a_folder_that_does_not_exist_exits_2()
    {
        var mue = Write("mue.csv", "HCPCS/CPT Code,Practitioner Services MUE Values\n97112,2\n");
        var run = await CliRun.RunAsync("payers", "import", "--mue", mue, "--out", Path.Combine(_dir, "no", "such", "dir", "p.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("claimaudit: cannot write", run.Stderr);
    }

    [Fact]
    public async Task Payers_import_without_a_file_exits_2()
    {
        var run = await CliRun.RunAsync("payers", "import", "--from", "medicare");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--ptp", run.Stderr);
    }

    [Fact]
    public async Task A_clinic_vocabulary_teaches_the_review_a_technique_it_did_not_know()
    {
        // "Halliwick" is not in the shipped vocabulary: the 97112 note lacks a named technique until the clinic adds it.
        const string note = "\"97112 NMR 30 min one-on-one: Halliwick rotational control in the pool for impaired postural control after CVA; Berg 44/56, was 40/56. Goal: community ambulation.\"";
        var batch = Write("batch.csv", Header + $"V1,P1,2026-03-04,medicare,97112,30,Y,2,GP,I69.351,{note}\n");
        var vocabulary = Write("vocab.json", """
            { "lists": { "nmr-techniques": { "terms": { "Halliwick": ["Halliwick", "Halliwick rotational control"] } } } }
            """);

        var shipped = await CliRun.RunAsync("audit", batch);
        var extended = await CliRun.RunAsync("audit", batch, "--vocabulary", vocabulary);

        Assert.Contains("DOC_TECHNIQUE_MISSING", shipped.Stdout);
        Assert.True(extended.ExitCode == 0, extended.Stderr);
        Assert.DoesNotContain("DOC_TECHNIQUE_MISSING", extended.Stdout);
    }

    [Fact]
    public async Task The_sample_clinic_vocabulary_adds_its_technique_its_not_one_on_one_phrase_and_its_code_name()
    {
        // The README's example file, as shipped: Halliwick becomes a technique, "open gym" says the
        // visit was not one-on-one, and "Aqua 25 min" gives 97113 its minutes.
        const string note = "\"NMR 30 min one-on-one: Halliwick rotational control for impaired postural control after CVA; Berg 44/56, was 40/56. Then open gym. Aqua 25 min.\"";
        var batch = Write("batch.csv", Header + $"V1,P1,2026-03-04,medicare,97112,30,Y,2,GP,I69.351,{note}\n"
            + $"V1,P1,2026-03-04,medicare,97113,25,Y,2,GP,I69.351,{note}\n");
        var sample = Path.Combine(CliRun.RepoRoot, "samples", "clinic-vocabulary.json");

        var shipped = await CliRun.RunAsync("audit", batch);
        var clinic = await CliRun.RunAsync("audit", batch, "--vocabulary", sample);

        Assert.Contains("DOC_TECHNIQUE_MISSING", shipped.Stdout);
        Assert.DoesNotContain("DOC_ONE_ON_ONE_MISSING", shipped.Stdout);
        Assert.Contains("DOC_SEPARATE_TIME_MISSING", shipped.Stdout);
        Assert.True(clinic.ExitCode == 0, clinic.Stderr);
        Assert.DoesNotContain("DOC_TECHNIQUE_MISSING", clinic.Stdout);
        Assert.Contains("DOC_ONE_ON_ONE_MISSING", clinic.Stdout);
        Assert.DoesNotContain("DOC_SEPARATE_TIME_MISSING", clinic.Stdout);
    }

    [Fact]
    public async Task A_malformed_vocabulary_file_exits_2()
    {
        var batch = Write("batch.csv", Header + "V1,P1,2026-03-04,medicare,97110,30,Y,2,GP,M17.11,ther ex\n");
        var run = await CliRun.RunAsync("audit", batch, "--vocabulary", Write("vocab.json", "{ not json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("vocabulary", run.Stderr);
    }
}
