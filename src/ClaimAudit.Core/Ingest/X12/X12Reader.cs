using System.Globalization;
using System.Text;

namespace ClaimAudit.Core.Ingest.X12;

/// <summary>The delimiters an interchange declares in its ISA segment.</summary>
/// <param name="Element">Between elements: ISA's 4th character.</param>
/// <param name="Component">Between the parts of a composite element (SV101 <c>HC:97112:GP</c>): ISA16.</param>
/// <param name="Repetition">Between repeats of an element: ISA11, or null when ISA11 is 'U' (the 4010 habit: no repetition separator).</param>
/// <param name="Segment">Ends each segment: the character after ISA16.</param>
public readonly record struct X12Separators(char Element, char Component, char? Repetition, char Segment);

/// <summary>
/// One segment as read: its elements (element 0 is the segment id) and where it is — its position
/// in the file (1-based, ISA is 1) and, inside a transaction set, the set's control number (ST02)
/// and its 1-based index from ST, as the implementation guides count segments for SE01.
/// </summary>
public sealed class X12Segment(string[] elements, long position, string? setControl, int setIndex, X12Separators separators)
{
    public string Id => elements[0];
    public long Position { get; } = position;
    /// <summary>ST02 of the transaction set the segment belongs to; null outside ST … SE.</summary>
    public string? SetControl { get; } = setControl;
    /// <summary>1 for the ST itself; 0 outside a transaction set.</summary>
    public int SetIndex { get; } = setIndex;
    /// <summary>Set on an SE whose segment count or control number does not match its ST: the set is damaged.</summary>
    public string? SetError { get; internal init; }

    /// <summary>Number of elements after the id.</summary>
    public int Count => elements.Length - 1;

    /// <summary>Element n (1-based, as the guides number them: SV104 is <c>this[4]</c> of SV1), trimmed; "" when absent.</summary>
    public string this[int n] => n >= 1 && n < elements.Length ? elements[n].Trim() : "";

    /// <summary>Component c (1-based) of composite element n: SV101-2 is <c>Component(1, 2)</c>; "" when absent.</summary>
    public string Component(int n, int c)
    {
        var parts = Components(n);
        return c >= 1 && c <= parts.Length ? parts[c - 1] : "";
    }

    /// <summary>The components of composite element n, each trimmed.</summary>
    public string[] Components(int n)
    {
        var element = this[n];
        if (element.Length == 0) return [];
        var parts = element.Split(separators.Component);
        for (var i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
        return parts;
    }

    /// <summary>"ST 0001, segment 23": where a person finds the segment in the file; outside a set, "segment 5 of the file".</summary>
    public string Location => X12Reader.LocationOf(SetControl, SetIndex, Position);
}

/// <summary>
/// A streaming reader of X12 interchanges (the 837P claims here, the 835 remittances later): the
/// separators come from the ISA segment, segments are read one at a time from the stream (never the
/// whole file), and each is positioned in the file and in its transaction set. It checks the
/// envelope as it goes — SE's segment count and control number against its ST, and at the end that
/// every ST, GS and ISA was closed — and says so in plain words; it never throws on bad input.
/// </summary>
public sealed class X12Reader : IDisposable
{
    /// <summary>An ISA segment is fixed-width: 106 characters including its terminator.</summary>
    public const int IsaLength = 106;
    /// <summary>
    /// The longest segment read. A claim segment is at most a few hundred characters; a longer one
    /// means the terminator is not what ISA says (or the file is not X12), and holding it would let
    /// one bad file take the memory.
    /// </summary>
    public const int MaxSegmentLength = 64 * 1024;

    // Positions of the element separator in the fixed-width ISA (ISA01 … ISA16 have fixed lengths).
    private static readonly int[] IsaSeparatorPositions = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

    private readonly TextReader _text;
    private readonly char[] _buffer = new char[16 * 1024];
    private int _bufferLength, _bufferPosition;
    private readonly StringBuilder _segment = new();
    private X12Segment? _isa;
    private long _position;
    private string? _setControl;
    private int _setIndex;
    private bool _inGroup, _inInterchange, _finished;

    private X12Reader(TextReader text) => _text = text;

    public X12Separators Separators { get; private set; }

    /// <summary>Segments read so far (ISA is 1).</summary>
    public long Position => _position;

    /// <summary>The control number of the transaction set being read; null between sets.</summary>
    public string? OpenSet => _setControl;

    /// <summary>Segments of the open set read so far (ST is 1).</summary>
    public int OpenSetIndex => _setIndex;

    /// <summary>
    /// Set once <see cref="Read"/> has returned null when the file did not end cleanly: it ends
    /// inside a segment, or before the SE, GE or IEA that closes what it opened.
    /// </summary>
    public string? Truncation { get; private set; }

    /// <summary>
    /// Opens the interchange: skips an optional BOM and leading whitespace, then reads and checks the
    /// ISA segment. On failure returns null and says why (the file is then not X12 at all).
    /// </summary>
    public static X12Reader? Open(Stream input, out string? error)
    {
        // X12's character set is ASCII; a byte that is not UTF-8 (a Latin-1 name from an older system)
        // sits in a name or address, never in what the audit reads, so it becomes U+FFFD instead of failing the file.
        var text = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        var reader = new X12Reader(text);
        error = reader.ReadIsa();
        if (error is null) return reader;
        reader.Dispose();
        return null;
    }

    private string? ReadIsa()
    {
        int c;
        while ((c = Next()) >= 0 && char.IsWhiteSpace((char)c)) { }
        if (c < 0) return "the file is empty";
        Span<char> isa = stackalloc char[IsaLength];
        isa[0] = (char)c;
        var n = 1;
        while (n < IsaLength && (c = Next()) >= 0) isa[n++] = (char)c;
        if (n < 3 || !isa[..3].SequenceEqual("ISA"))
            return "the file does not start with an ISA segment, so it is not an X12 interchange (an 837P claim file or an 835 remittance starts with ISA*00*…)";
        if (n < IsaLength)
            return $"the file ends inside its ISA segment ({n} of the {IsaLength} characters an ISA has): it is truncated";
        if (SeparatorsOf(isa, out var separators) is { } error) return error;
        Separators = separators;
        _position = 1;
        _inInterchange = true;
        _isa = new X12Segment(new string(isa[..105]).Split(separators.Element), 1, null, 0, Separators);
        return null;
    }

    /// <summary>The separators a whole (106-character) ISA declares, or why it cannot be read.</summary>
    private static string? SeparatorsOf(ReadOnlySpan<char> isa, out X12Separators separators)
    {
        separators = default;
        var element = isa[3];
        foreach (var at in IsaSeparatorPositions)
            if (isa[at] != element)
                return $"the ISA segment is not the fixed-width 106 characters X12 requires (character {at + 1} should be the element separator '{Show(element)}'); check that its fields are padded to their full lengths";
        var component = isa[104];
        var terminator = isa[105];
        var repetitionText = isa[82];
        char? repetition = repetitionText is 'U' or 'u' ? null : repetitionText;
        if (char.IsAsciiLetterOrDigit(element) || char.IsAsciiLetterOrDigit(component) || char.IsAsciiLetterOrDigit(terminator) ||
            element == component || element == terminator || component == terminator)
            return $"the ISA segment declares separators that cannot work (element '{Show(element)}', component '{Show(component)}', segment terminator '{Show(terminator)}'): they must be three different non-alphanumeric characters";
        separators = new X12Separators(element, component, repetition, terminator);
        return null;
    }

    /// <summary>The ISA segment (segment 1), read by <see cref="Open"/>.</summary>
    public X12Segment Isa => _isa!;

    private static string Show(char c) => c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() };

    private int Next()
    {
        if (_bufferPosition == _bufferLength)
        {
            _bufferLength = _text.Read(_buffer, 0, _buffer.Length);
            _bufferPosition = 0;
            if (_bufferLength <= 0) { _bufferLength = 0; return -1; }
        }
        return _buffer[_bufferPosition++];
    }

    /// <summary>
    /// The next segment after ISA, or null at the end of the file (then <see cref="Truncation"/> says
    /// whether the file ended early). A segment too long to be one throws <see cref="InvalidDataException"/>
    /// with the reason (the file cannot be read on from there).
    /// </summary>
    public X12Segment? Read()
    {
        if (_finished) return null;
        var s = Separators;
        _segment.Clear();
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                _finished = true;
                Truncation = EndOfFile();
                return null;
            }
            var ch = (char)c;
            if (ch == s.Segment) break;
            // Line breaks after terminators are a common courtesy ("~\r\n"); they are not data.
            if (_segment.Length == 0 && ch is '\r' or '\n') continue;
            if (_segment.Length >= MaxSegmentLength)
                throw new InvalidDataException($"segment {_position + 1} of the file is longer than {MaxSegmentLength:N0} characters without a segment terminator '{Show(s.Segment)}' (the one ISA declares); the file is not a well-formed X12 interchange");
            _segment.Append(ch);
            // Each interchange declares its own separators: a later ISA is read by its fixed width, whatever the
            // separators of the one before (a file of two clearinghouses' interchanges concatenated).
            if (_segment.Length == IsaLength - 1 && _segment[0] == 'I' && _segment[1] == 'S' && _segment[2] == 'A' && !char.IsAsciiLetterOrDigit(_segment[3]))
                return NextIsa();
        }
        var elements = _segment.ToString().Split(s.Element);
        elements[0] = elements[0].Trim();
        _position++;
        return Place(elements);
    }

    // The rest of a later ISA: its terminator is the next character; its separators replace the current ones.
    private X12Segment? NextIsa()
    {
        var c = Next();
        if (c < 0)
        {
            _finished = true;
            Truncation = $"the file ends inside the ISA segment at segment {_position + 1} of the file: it is truncated";
            return null;
        }
        Span<char> isa = stackalloc char[IsaLength];
        _segment.CopyTo(0, isa, IsaLength - 1);
        isa[IsaLength - 1] = (char)c;
        if (SeparatorsOf(isa, out var separators) is { } error)
            throw new InvalidDataException($"segment {_position + 1} of the file: {error}");
        Separators = separators;
        _position++;
        return Place(new string(isa[..(IsaLength - 1)]).Split(separators.Element));
    }

    private X12Segment Place(string[] elements)
    {
        var id = elements[0];
        string? setError = null;
        X12Segment segment;
        switch (id)
        {
            case "ST":
                // An ST inside an open set means its SE is missing; the caller sees the new set begin.
                _setControl = elements.Length > 2 ? elements[2].Trim() : "";
                _setIndex = 1;
                return new X12Segment(elements, _position, _setControl, 1, Separators);
            case "SE":
            {
                var control = _setControl;
                var index = _setControl is null ? 0 : _setIndex + 1;
                if (control is null) setError = "an SE with no ST before it";
                else
                {
                    var countText = elements.Length > 1 ? elements[1].Trim() : "";
                    var seControl = elements.Length > 2 ? elements[2].Trim() : "";
                    if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != index)
                        setError = $"SE01 says the transaction set has {(countText.Length == 0 ? "no count" : countText)} segments, but ST {control} … SE has {index}: segments are missing or extra, so the set is damaged";
                    else if (!string.Equals(seControl, control, StringComparison.Ordinal))
                        setError = $"SE02 '{seControl}' does not match ST02 '{control}'";
                }
                segment = new X12Segment(elements, _position, control, index, Separators) { SetError = setError };
                _setControl = null;
                _setIndex = 0;
                return segment;
            }
            case "GS": _inGroup = true; break;
            case "GE": _inGroup = false; break;
            case "IEA": _inInterchange = false; break;
            case "ISA": _inInterchange = true; break;
        }
        if (_setControl is not null) _setIndex++;
        return new X12Segment(elements, _position, _setControl, _setControl is null ? 0 : _setIndex, Separators);
    }

    private string? EndOfFile()
    {
        var pending = _segment.ToString().Trim();
        if (pending.Length > 0)
        {
            // Only the segment id is named: the rest may be a patient's name.
            var cut = pending.IndexOf(Separators.Element);
            var id = (cut < 0 ? pending : pending[..cut]).Trim();
            if (id.Length > 3) id = id[..3];
            var where = _setControl is null ? $"segment {_position + 1} of the file" : $"ST {_setControl}, segment {_setIndex + 1}";
            return $"the file ends inside a segment ({id} at {where} has no segment terminator '{Show(Separators.Segment)}'): it is truncated";
        }
        if (_setControl is not null) return $"the file ends inside transaction set ST {_setControl} (after its segment {_setIndex}, with no SE): it is truncated";
        if (_inGroup) return "the file ends inside a functional group (no GE): it is truncated";
        if (_inInterchange) return "the file ends without the IEA that closes the interchange: it is truncated";
        return null;
    }

    /// <summary>"ST 0001, segment 23" inside a set; "segment 5 of the file" outside one.</summary>
    public static string LocationOf(string? setControl, int setIndex, long position) =>
        setControl is null
            ? string.Create(CultureInfo.InvariantCulture, $"segment {position} of the file")
            : string.Create(CultureInfo.InvariantCulture, $"ST {setControl}, segment {setIndex}");

    public void Dispose() => _text.Dispose();
}
