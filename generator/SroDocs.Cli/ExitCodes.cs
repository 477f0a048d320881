namespace SroDocs.Cli;

/// <summary>Process exit codes: 0 success, 1 content errors, 2 wrong usage.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
