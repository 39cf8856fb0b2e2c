namespace Beacon.Core.Cases.Matching;

/// <summary>
/// Nicknames and short forms people give as their name: a referral may say "Sasha" where the
/// passport says Oleksandr, or "Kasia" for Katarzyna. English, Slavic, Romanian, Polish,
/// Arabic and Yoruba/Igbo (whose long given names are usually shortened) forms. A nickname of
/// several names (Sasha: Alexander or Alexandra; Bert: Robert or Albert) is in each group.
/// </summary>
public static class Nicknames
{
    internal static readonly NameTable Table = new(
    [
        // English
        "William: Bill, Billy, Will, Willie, Willy, Liam",
        "Robert: Bob, Bobby, Rob, Robbie, Bert",
        "Richard: Dick, Rick, Ricky, Rich, Richie",
        "Edward: Ed, Eddie, Ted, Teddy, Ned",
        "Thomas: Tom, Tommy, Tomek",
        "James: Jim, Jimmy, Jamie",
        "John: Jack, Johnny, Jonny",
        "Jonathan: Jon, Jonny",
        "Michael: Mike, Mick, Mickey, Mikey, Misha, Mishka",
        "Christopher: Chris, Kit, Topher, Krzys",
        "Christine: Chris, Chrissie, Tina, Christina, Cristina",
        "Joseph: Joe, Joey, Jozek",
        "Josephine: Jo, Josie",
        "Daniel: Dan, Danny",
        "Anthony: Tony, Ant",
        "Alexander: Alex, Alec, Sandy, Sasha, Sascha, Sanya, Shura, Sashko, Olek, Sandro, Sandu",
        "Alexandra: Alex, Sandra, Sasha, Sascha, Lexi, Sandy, Ola, Shura",
        "Katherine: Kate, Katie, Kathy, Cathy, Kat, Katya, Katia, Kasia, Kitty, Katy",
        "Elizabeth: Liz, Lizzie, Beth, Betty, Bess, Eliza, Libby, Ela, Liza",
        "Margaret: Maggie, Meg, Peggy, Marge, Madge, Greta, Gosia, Rita",
        "Patricia: Pat, Patty, Trish, Tricia",
        "Patrick: Pat, Paddy",
        "Rebecca: Becky, Becca",
        "Jennifer: Jen, Jenny",
        "Susan: Sue, Susie, Suzy",
        "Deborah: Debbie, Deb, Debra",
        "Victoria: Vicky, Vikki, Tori, Vika",
        "Samuel: Sam, Sammy",
        "Samantha: Sam, Sammie",
        "Benjamin: Ben, Benny, Benji",
        "Nicholas: Nick, Nicky, Nico, Kolya, Nicu",
        "Nathaniel: Nat, Nate, Nathan",
        "Matthew: Matt, Matty, Mati",
        "Andrew: Andy, Drew",
        "Peter: Pete, Petya, Piotrek",
        "Stephen: Steve, Stevie",
        "David: Dave, Davey",
        "Charles: Charlie, Chuck, Chas",
        "Henry: Harry, Hal, Hank",
        "Frederick: Fred, Freddie",
        "Albert: Bert, Bertie",
        "Herbert: Bert, Herb",
        "Lawrence: Larry, Laurie",
        "Timothy: Tim, Timmy",
        "Gregory: Greg, Grisha, Grzesiek",
        "Ronald: Ron, Ronnie",
        "Donald: Don, Donnie",
        "Gerald: Gerry, Jerry",
        "Leonard: Len, Lenny, Leo",
        "Dorothy: Dot, Dottie",
        "Abigail: Abby, Abi",
        "Eleanor: Ellie, Nell, Nora",
        "Helen: Nell, Ellie, Lena",
        "Jessica: Jess, Jessie",
        "Natalia: Natasha, Nata, Tasha, Nat, Natalka",
        "Olivia: Liv, Livvy",
        "Caroline: Carrie, Caro",
        "Amanda: Mandy",
        "Barbara: Barb, Babs, Basia",
        "Teresa: Tess, Tessa, Terri",
        "Sarah: Sally, Sadie",
        "Maria: Molly, Polly, Masha, Marysia",
        "Anna: Annie, Anka, Hania, Anushka",
        "Joanna: Jo, Asia, Joasia, Oana",
        "Jacob: Jake, Yasha, Kuba",

        // Slavic and Romanian
        "Ivan: Vanya, Vania, Iwan",
        "Dmitry: Dima, Mitya",
        "Vladimir: Vova, Volodya, Vlad, Wlodek",
        "Vladislav: Vlad, Vladek, Wladyslaw",
        "Sergei: Seryozha",
        "Alexei: Alyosha, Lyosha, Lesha",
        "Eugene: Gene, Zhenya",
        "Eugenia: Zhenya, Jenya, Genia",
        "Anastasia: Nastya, Nastia, Stacy, Stasia",
        "Tatiana: Tanya, Tania",
        "Svetlana: Sveta, Lana",
        "Olga: Olya, Olia",
        "Julia: Yulya, Julka",
        "Irina: Ira",
        "Lyudmila: Lyuda, Luda, Mila",
        "Lyubov: Lyuba, Luba, Liubov",
        "Galina: Galya, Halya",
        "Valentina: Valya",
        "Valery: Valera, Valeriy, Valerii",
        "Konstantin: Kostya, Kostas, Costel, Costin",
        "Anatoly: Tolya, Anatolii, Anatoliy",
        "Paul: Pasha",
        "Boris: Borya",
        "Stanislav: Stas, Staszek, Stan, Stanislaw",
        "Yaroslav: Slava, Jarek, Yarik",
        "Vyacheslav: Slava, Slavik",
        "Maxim: Max, Maks, Maksim, Maksym",
        "Maximilian: Max",
        "Basil: Vasya",
        "Wojciech: Wojtek, Voytek",
        "Bartholomew: Bart, Bartek, Bartosz, Bartlomiej",
        "Przemyslaw: Przemek",
        "Kazimierz: Kazik",
        "Agnes: Aga",
        "Sophia: Zosia",
        "Magdalena: Magda, Madeleine, Madeline, Maddie",
        "George: Georgie",
        "Ion: Nelu",

        // Arabic
        "Muhammad: Mo, Moe",

        // Yoruba and Igbo
        "Oluwaseun: Seun",
        "Oluwatobi: Tobi",
        "Oluwafemi: Femi",
        "Olumide: Mide",
        "Babatunde: Tunde",
        "Oluwadamilare: Dami, Damilare",
        "Temitope: Tope, Temi",
        "Abimbola: Bimbo",
        "Adebayo: Bayo",
        "Olufunmilayo: Funmi, Funmilayo",
        "Oluwakemi: Kemi",
        "Oluwatoyin: Toyin",
        "Chukwuemeka: Emeka",
        "Chinonso: Nonso",
    ]);

    /// <summary>
    /// Every table name under every head its sound belongs to. Built by sound, not by listing,
    /// because a name listed in one group may sound like a member of another.
    /// </summary>
    private static readonly Lazy<ILookup<string, string>> NamesByHead = new(() =>
        NameVariants.Table.AllNames
            .Concat(Table.AllNames)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(name => HeadsOf(NameSound.Token(name)!).Select(head => (head, name)))
            .ToLookup(entry => entry.head, entry => entry.name, StringComparer.Ordinal));

    /// <summary>
    /// The names that may stand for <paramref name="givenName"/>: every name in this table or in
    /// <see cref="NameVariants"/> that shares a group with it (nicknames, the full names a
    /// nickname is short for, their spellings), without the name itself. Empty for names the
    /// tables do not know. Case-, accent- and spelling-insensitive ("bobbie" finds Robert), and
    /// symmetric: if B is an equivalent of A, A is one of B.
    /// </summary>
    public static IReadOnlySet<string> Equivalents(string givenName)
    {
        var equivalents = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var token = NameSound.Token(givenName);
        if (token is null)
        {
            return equivalents;
        }
        foreach (var head in HeadsOf(token))
        {
            equivalents.UnionWith(NamesByHead.Value[head]);
        }
        equivalents.RemoveWhere(name => NameSound.Letters(name) == token.Letters);
        return equivalents;
    }

    /// <summary>Heads of every group, variant or nickname, that a token belongs to (see <see cref="NameTable"/>).</summary>
    internal static IReadOnlyList<string> HeadsOf(NameToken token) =>
        HeadsIn(NameVariants.Table, token).Concat(HeadsIn(Table, token)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Heads of the spelling-variant groups a token belongs to.</summary>
    internal static IReadOnlyList<string> VariantHeadsOf(NameToken token) => HeadsIn(NameVariants.Table, token).ToList();

    private static IEnumerable<string> HeadsIn(NameTable table, NameToken token) =>
        NameVariants.Table.Lists(token.Letters) || Table.Lists(token.Letters)
            ? table.HeadsListing(token.Letters)
            : table.HeadsSoundingLike(token.Phonetic);
}
