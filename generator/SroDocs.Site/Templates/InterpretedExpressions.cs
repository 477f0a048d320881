using System.Linq.Expressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Features;

namespace SroDocs.Site.Templates;

/// <summary>
/// A Handlebars feature that interprets the expression trees a template is made of instead of compiling them to IL.
/// Compiling a theme's trees and JIT-translating them costs more than rendering a few dozen pages interpreted, so
/// <see cref="ReadTheme"/> uses it for sites up to <see cref="ReadTheme.InterpretedUpToPages"/> pages.
/// </summary>
internal sealed class InterpretedExpressions : IFeatureFactory, IFeature
{
    /// <summary>
    /// Makes <paramref name="configuration"/> interpret. Handlebars' own compiler feature sets its compiler at every
    /// compilation, so it is taken out: layouts compiled side by side must never see it between two settings.
    /// </summary>
    public static void UseIn(HandlebarsConfiguration configuration)
    {
        var features = configuration.CompileTimeConfiguration.Features;
        features.Remove(features.Single(feature => feature.GetType().Name == "DefaultCompilerFeatureFactory"));
        features.Add(new InterpretedExpressions());
    }

    public IFeature CreateFeature() => this;

    public void OnCompiling(ICompiledHandlebarsConfiguration configuration) =>
        configuration.ExpressionCompiler = new Interpreter(configuration.ExpressionMiddlewares);

    public void CompilationCompleted()
    {
    }

    /// <summary>Handlebars' default compiler (middlewares, then the lambda), with the lambda interpreted.</summary>
    private sealed class Interpreter(IReadOnlyList<IExpressionMiddleware> middlewares) : IExpressionCompiler
    {
        public T Compile<T>(Expression<T> expression)
            where T : class, Delegate
        {
            foreach (var middleware in middlewares)
            {
                expression = middleware.Invoke(expression);
            }

            return expression.Compile(preferInterpretation: true);
        }
    }
}
