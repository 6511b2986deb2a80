namespace GuidanceDesk.Web.Features.Surveys;

/// <summary>
/// The little linear algebra the index needs: the matrices are at most 14×14 (the items), so Gauss–Jordan elimination
/// written out here is exact enough and spares a numerics package. Shared by the regression weights and the PLS model.
/// </summary>
public static class LinearAlgebra
{
    /// <summary>A pivot smaller than this means the matrix is singular (correlation matrices have a unit diagonal).</summary>
    private const double Singular = 1e-9;

    /// <summary>Solves A x = b given as an augmented k×(k+1) matrix [A | b], which is overwritten; null if A is singular.</summary>
    public static double[]? Solve(double[,] augmented, int k)
    {
        var x = Eliminate(augmented, k);
        return x is null ? null : [.. Enumerable.Range(0, k).Select(i => x[i, 0])];
    }

    /// <summary>The inverse of a square matrix (left untouched); null if singular.</summary>
    public static double[,]? Inverse(double[,] a)
    {
        var k = a.GetLength(0);
        var augmented = new double[k, 2 * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
                augmented[i, j] = a[i, j];
            augmented[i, k + i] = 1;
        }

        return Eliminate(augmented, k);
    }

    /// <summary>
    /// Gauss–Jordan elimination with partial pivoting on [A | B] (k rows, k + m columns, overwritten): returns X (k×m)
    /// with A X = B, or null if A is singular.
    /// </summary>
    private static double[,]? Eliminate(double[,] a, int k)
    {
        var columns = a.GetLength(1);
        for (var c = 0; c < k; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < k; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]))
                    pivot = r;
            }

            if (!(Math.Abs(a[pivot, c]) >= Singular)) // also catches NaN
                return null;
            for (var j = 0; j < columns; j++)
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            for (var r = 0; r < k; r++)
            {
                if (r == c)
                    continue;
                var f = a[r, c] / a[c, c];
                for (var j = c; j < columns; j++)
                    a[r, j] -= f * a[c, j];
            }
        }

        var x = new double[k, columns - k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < columns - k; j++)
                x[i, j] = a[i, k + j] / a[i, i];
        }

        return x;
    }
}
