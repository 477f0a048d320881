namespace SroDocs.Testing;

/// <summary>Finds the repository from the test's output folder, so tests use the real theme and fixtures.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Fixtures", name);

    public static string ShippedContent => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SroDocs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SroDocs.sln not found above " + AppContext.BaseDirectory);
    }
}
