namespace Beacon.Core.Tests.Matching;

/// <summary>
/// Invented people: 500 full names made by pairing common given and family names of the
/// nationalities most often referred in the UK, for measuring how coarse the match keys are.
/// </summary>
internal static class SyntheticNames
{
    public static readonly string[] Given =
    [
        // Albanian
        "Arben", "Besnik", "Blerim", "Driton", "Ermal", "Fatmir", "Gentian", "Ilir", "Kreshnik", "Leutrim",
        "Mergim", "Petrit", "Valon", "Xhevdet", "Klodian", "Erion", "Endrit", "Altin", "Dritan", "Sokol",
        "Artan", "Bledar", "Elira", "Arta", "Drita",
        // Vietnamese
        "Minh", "Anh", "Hung", "Tuan", "Duc", "Thanh", "Linh", "Huong", "Thu", "Lan",
        "Mai", "Hoa", "Ngoc", "Quang", "Hieu", "Khanh", "Phuong", "Trang", "Dung", "Long",
        "Nam", "Son", "Vinh", "Hai", "Tam",
        // Eritrean
        "Tesfaye", "Yohannes", "Dawit", "Filmon", "Merhawi", "Yonas", "Semere", "Senait", "Mulu", "Selam",
        "Kidane", "Mehari", "Habtom", "Tekle", "Berhane", "Haben", "Luwam", "Feven", "Saba", "Winta",
        "Eyerusalem", "Robel", "Samrawit", "Natnael", "Aman",
        // Sudanese
        "Mohamed", "Ahmed", "Osman", "Abdalla", "Adam", "Ibrahim", "Yousif", "Omer", "Hassan", "Hussein",
        "Mustafa", "Khalid", "Salih", "Idris", "Ismail", "Suleiman", "Musa", "Issa", "Elfadil", "Babiker",
        "Awad", "Hamza", "Tagelsir", "Abdelrahman", "Amna",
        // Romanian
        "Ion", "Andrei", "Mihai", "Gheorghe", "Constantin", "Vasile", "Florin", "Marian", "Adrian", "Cristian",
        "Elena", "Ioana", "Andreea", "Alexandra", "Gabriela", "Mihaela", "Florentina", "Nicoleta", "Alina", "Roxana",
        "Ionut", "Bogdan", "Dumitru", "Catalin", "Razvan",
        // Polish
        "Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Michał", "Łukasz", "Wojciech", "Grzegorz",
        "Mateusz", "Kamil", "Jakub", "Bartosz", "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Zofia",
        "Ewa", "Magdalena", "Dorota", "Justyna", "Monika",
        // Nigerian
        "Chukwuemeka", "Oluwaseun", "Olumide", "Adebayo", "Oluwatobi", "Chinonso", "Ngozi", "Chioma", "Chinedu", "Obinna",
        "Ifeanyi", "Babatunde", "Oluwafemi", "Temitope", "Abimbola", "Aliyu", "Abubakar", "Bilkisu", "Hauwa", "Folake",
        "Yetunde", "Emeka", "Kelechi", "Uchenna", "Nnamdi",
        // Chinese
        "Wei", "Fang", "Xiu", "Jing", "Li", "Min", "Jun", "Yan", "Lei", "Hui",
        "Qiang", "Tao", "Ming", "Hao", "Xin", "Yu", "Zhen", "Ling", "Mei", "Bo",
        "Kai", "Peng", "Jie", "Rui", "Na",
        // Indian
        "Rajesh", "Sunil", "Anil", "Deepak", "Amit", "Vijay", "Sanjay", "Ravi", "Suresh", "Manoj",
        "Priya", "Pooja", "Neha", "Anjali", "Sunita", "Lakshmi", "Harpreet", "Gurpreet", "Manpreet", "Arjun",
        "Rohit", "Vikram", "Kavita", "Meena", "Rahul",
        // Pakistani
        "Imran", "Asif", "Tariq", "Kamran", "Bilal", "Usman", "Zubair", "Faisal", "Waqas", "Adnan",
        "Shahid", "Naveed", "Irfan", "Sajid", "Nadia", "Sana", "Ayesha", "Fatima", "Zainab", "Rabia",
        "Saima", "Hina", "Maryam", "Shazia", "Amjad",
        // Afghan
        "Ahmad", "Mohammad", "Abdul", "Gul", "Hamid", "Zabihullah", "Noorullah", "Wahid", "Habib", "Sayed",
        "Jawad", "Farid", "Najib", "Rahim", "Shafiq", "Bashir", "Zahir", "Nasrin", "Freshta", "Mursal",
        "Parwana", "Lida", "Hasib", "Sohail", "Ehsan",
        // Iranian
        "Reza", "Hossein", "Mehdi", "Amir", "Saeed", "Babak", "Dariush", "Kourosh", "Arash", "Farhad",
        "Behnam", "Navid", "Parisa", "Narges", "Fatemeh", "Zahra", "Shirin", "Leila", "Mina", "Nazanin",
        "Roya", "Soheila", "Omid", "Majid", "Vahid",
        // Iraqi and Kurdish
        "Karwan", "Rebwar", "Dilshad", "Hawre", "Shwan", "Haider", "Abbas", "Kadhim", "Ammar", "Qasim",
        "Hussam", "Sarkawt", "Aras", "Kawa", "Hemin", "Zana", "Dana", "Nawroz", "Shilan", "Avan",
        "Hero", "Bnar", "Ranj", "Diyar", "Sirwan",
        // English
        "James", "Oliver", "Thomas", "William", "Jack", "Emily", "Sophie", "Olivia", "Charlotte", "Jessica",
        "Daniel", "Matthew", "Christopher", "Robert", "Katherine", "Elizabeth", "Rebecca", "Samuel", "Benjamin", "Hannah",
        // Ukrainian and Russian
        "Oleksandr", "Dmytro", "Serhiy", "Volodymyr", "Yevgeny", "Ekaterina", "Tetyana", "Natalia", "Svetlana", "Olga",
        "Yulia", "Anastasia", "Mikhail", "Igor", "Maksim",
    ];

    public static readonly string[] Family =
    [
        "Hoxha", "Berisha", "Krasniqi", "Gashi", "Shehu", "Kelmendi", "Morina", "Leka", "Dervishi", "Gjoka",
        "Hysa", "Kola", "Muça", "Bajrami", "Rama", "Basha", "Prifti", "Shkodra", "Cela", "Duka",
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Trương",
        "Tesfamariam", "Gebremedhin", "Gebreyesus", "Haile", "Tekle", "Berhe", "Kidane", "Habte", "Mebrahtu", "Ghebremariam",
        "Weldemichael", "Yemane", "Tsegay", "Asfaha", "Woldu", "Ghirmay", "Andemariam", "Negash", "Zerai", "Mehari",
        "Elamin", "Elhassan", "Osman", "Babiker", "Mohamed", "Ali", "Ahmed", "Idris", "Elsheikh", "Adam",
        "Yagoub", "Elnour", "Abdelgadir", "Mahjoub", "Hamid", "Suliman", "Eltayeb", "Ibrahim", "Bakri", "Fadlalla",
        "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
        "Ciobanu", "Rusu", "Munteanu", "Florea", "Constantin", "Dinu", "Marin", "Tudor", "Barbu", "Nistor",
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
        "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
        "Okafor", "Okeke", "Okonkwo", "Eze", "Nwosu", "Adeyemi", "Ogunleye", "Balogun", "Bello", "Adebayo",
        "Olawale", "Oyelaran", "Chukwu", "Nwachukwu", "Onyeka", "Abdullahi", "Abubakar", "Danjuma", "Usman", "Afolabi",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo",
        "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Shah", "Mehta", "Reddy", "Iyer", "Nair",
        "Joshi", "Desai", "Chopra", "Malhotra", "Kapoor", "Verma", "Rao", "Das", "Bose", "Pillai",
        "Khan", "Hussain", "Malik", "Iqbal", "Chaudhry", "Butt", "Qureshi", "Siddiqui", "Mirza", "Sheikh",
        "Raja", "Bhatti", "Akhtar", "Rehman", "Aslam", "Javed", "Rashid", "Anwar", "Riaz", "Nawaz",
        "Ahmadi", "Rahimi", "Karimi", "Hakimi", "Noori", "Sultani", "Popal", "Durrani", "Stanikzai", "Safi",
        "Hashimi", "Haidari", "Amiri", "Azizi", "Habibi", "Mohammadi", "Rasuli", "Sediqi", "Wardak", "Yusufzai",
        "Hosseini", "Rezaei", "Moradi", "Jafari", "Ghasemi", "Sadeghi", "Kazemi", "Hashemi", "Ebrahimi", "Rostami",
        "Tehrani", "Shirazi", "Asadi", "Bagheri", "Najafi", "Ansari", "Mousavi", "Heidari", "Nazari", "Salehi",
        "Al-Jabouri", "Al-Tamimi", "Al-Obaidi", "Hamad", "Aziz", "Mahmoud", "Abdullah", "Kareem", "Saleh", "Jaff",
        "Barzani", "Talabani", "Qadir", "Omar", "Salih", "Hama", "Rasul", "Faraj", "Kakai", "Mustafa",
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov",
        "Sokolov", "Melnyk", "Boyko", "Kovalchuk", "Oliynyk",
    ];

    /// <summary>Given name i with a family name stepped through by 7 (coprime with the list length), so no pair repeats.</summary>
    public static IReadOnlyList<string> FullNames(int count = 500) =>
        Enumerable.Range(0, count)
            .Select(i => $"{Given[i % Given.Length]} {Family[((7 * i) + (i / Given.Length)) % Family.Length]}")
            .ToList();
}
