namespace SroDocs.Site.Diagnostics;

/// <summary>
/// Every diagnostic code of the site generator. Ranges: SRO1xxx configuration and data files,
/// SRO2xxx front matter and Markdown, SRO3xxx templates, SRO4xxx links, SRO5xxx output, SRO6xxx Fassungen.
/// The messages belong to the catalogue, one class per area: <see cref="DataDiagnostics"/>,
/// <see cref="FrontMatterDiagnostics"/>, <see cref="TemplateDiagnostics"/>, <see cref="LinkDiagnostics"/>,
/// <see cref="OutputDiagnostics"/>, <see cref="FassungDiagnostics"/>, and <see cref="YamlDiagnostics"/> for YAML reading in every range.
/// </summary>
public static class DiagnosticCodes
{
    public const string ContentFolderMissing = "SRO1001";
    public const string DataYamlInvalid = "SRO1002";
    public const string DataRequiredMissing = "SRO1003";
    public const string DataWrongType = "SRO1004";
    public const string DataUnknownKey = "SRO1005";
    public const string DataDuplicateId = "SRO1006";
    public const string DataUnknownReference = "SRO1007";
    public const string DataInvalidDate = "SRO1008";
    public const string ThemeFolderMissing = "SRO1009";
    public const string LinkLeavesFolder = "SRO1010";
    public const string FileNotPublished = "SRO1011";
    public const string FileNameBreaking = "SRO1012";
    public const string FileNameNotPlain = "SRO1013";

    public const string FrontMatterYamlInvalid = "SRO2001";
    public const string FrontMatterRequiredMissing = "SRO2002";
    public const string FrontMatterWrongType = "SRO2003";
    public const string FrontMatterUnknownValue = "SRO2004";
    public const string FrontMatterUnknownKey = "SRO2005";
    public const string FrontMatterMissing = "SRO2006";
    public const string DuplicatePageId = "SRO2007";
    public const string DuplicateUrl = "SRO2008";
    public const string ChangeCycleTooHigh = "SRO2009";
    public const string ChangeInFuture = "SRO2010";
    public const string MarkdownTooDeep = "SRO2011";
    public const string NotUtf8 = "SRO2012";
    public const string ChangedDuringBuild = "SRO2013";
    public const string HtmlNotAllowed = "SRO2014";
    public const string MarkdownAttributeNotAllowed = "SRO2015";
    public const string HtmlAmbiguous = "SRO2016";
    public const string AliasInvalid = "SRO2017";
    public const string AliasTakesAddress = "SRO2018";
    public const string AliasDuplicate = "SRO2019";
    public const string AliasLoop = "SRO2020";

    public const string TemplateSyntax = "SRO3001";
    public const string TemplateMissing = "SRO3002";
    public const string TemplateRender = "SRO3003";
    public const string TemplateUnknownName = "SRO3004";

    public const string LinkTargetMissing = "SRO4001";
    public const string LinkAnchorMissing = "SRO4002";
    public const string XrefUnknown = "SRO4003";
    public const string GlossaryTermMissing = "SRO4004";
    public const string OutputLinkBroken = "SRO4005";
    public const string DuplicateHtmlId = "SRO4006";
    public const string DataLinkBroken = "SRO4007";
    public const string UnsafeScheme = "SRO4008";

    public const string OutputWriteFailed = "SRO5001";
    public const string OutputPathConflict = "SRO5002";
    public const string OutputFolderUnsafe = "SRO5003";
    public const string SearchIndexFailed = "SRO5004";

    public const string FassungYamlInvalid = "SRO6001";
    public const string FassungRequiredMissing = "SRO6002";
    public const string FassungWrongValue = "SRO6003";
    public const string FassungUnknownKey = "SRO6004";
    public const string FassungFileChanged = "SRO6005";
    public const string FassungFileAdded = "SRO6006";
    public const string FassungFileRemoved = "SRO6007";
    public const string FassungRootMismatch = "SRO6008";
    public const string FassungDuplicate = "SRO6009";
    public const string FassungFolderName = "SRO6010";
    public const string FassungRequestInvalid = "SRO6011";
}
