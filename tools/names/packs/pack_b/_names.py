"""Hand-written person-name lists for pack_b (no library, not copied from any other set).

Each tradition: key, country plan for phones, given names "male;...|female;...", surnames
(";"-separated, "male/female" where the form is gendered), flags: ff = family-first order is native
(used part of the time), dbl = two surnames are often carried."""

from __future__ import annotations

import re

from _core import fold, name_tokens

TRADITIONS = [
    ("english_us", "US", "James;Michael;Robert;Daniel;Matthew;Ryan;Tyler;Brandon;Kevin;Marcus;Derek;DeShawn",
     "Jennifer;Jessica;Ashley;Sarah;Emily;Megan;Lauren;Rachel;Brittany;Kimberly;Tanisha;Courtney",
     "Smith;Johnson;Williams;Brown;Miller;Davis;Anderson;Thompson;Harris;Robinson;Walker;Mitchell;Carter;Brooks", ""),
    ("english_uk", "GB", "Oliver;Harry;George;Alfie;Archie;Toby;Jack", "Amelia;Olivia;Poppy;Imogen;Hollie;Charlotte;Freya",
     "Taylor;Wright;Hughes;Edwards;Clarke;Turner;Cooper;Ward;Hall;Baker;Whitfield", ""),
    ("irish", "IE", "Seán;Ciarán;Pádraig;Eoin;Niall;Cian;Oisín", "Siobhán;Aoife;Niamh;Saoirse;Róisín;Orla;Caoimhe",
     "O'Brien;O'Connor;O'Sullivan;Murphy;Byrne;Gallagher;Ó Súilleabháin/Ní Shúilleabháin;McCarthy;Doyle;Ó Briain/Ní Bhriain", ""),
    ("scottish", "GB", "Hamish;Angus;Euan;Alasdair;Callum;Ruaridh", "Isla;Eilidh;Morag;Kirsty;Fiona;Ailsa",
     "MacDonald;MacLeod;Campbell;Stewart;McKenzie;Fraser;Robertson;MacGregor;Sinclair", ""),
    ("welsh", "GB", "Dafydd;Gethin;Iwan;Rhodri;Emyr;Rhys", "Cerys;Ffion;Seren;Bethan;Angharad;Nia",
     "Jones;Evans;Davies;Llewellyn;Pritchard;ap Rhys;Griffiths;Vaughan", ""),
    ("german", "DE", "Lukas;Jonas;Felix;Maximilian;Klaus-Peter;Jürgen;Florian;Tobias;Dieter",
     "Lena;Hannah;Leonie;Anne-Katrin;Jutta;Sabine;Franziska;Ulrike",
     "Müller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schäfer;Hoffmann;von Bülow;Krüger;Meier-Hausmann;zu Stolberg", ""),
    ("dutch", "NL", "Daan;Sem;Bram;Joris;Thijs;Wouter;Jeroen", "Sanne;Lotte;Fleur;Anouk;Femke;Marieke;Ilse",
     "de Vries;van der Berg;van Dijk;Bakker;Janssen;Visser;Smit;de Jong;van den Heuvel;Mulder;ter Horst;van 't Hof", ""),
    ("french", "FR", "Théo;Mathis;Hugo;Baptiste;Étienne;Jean-Luc;Rémi;Gaël", "Camille;Chloé;Léa;Manon;Margaux;Anne-Sophie;Élodie;Inès",
     "Martin;Bernard;Dubois;Lefèvre;Moreau;Girard;Rousseau;Chevalier;Le Goff;d'Aubigné;Lemaître;Faure;de la Roche", ""),
    ("spanish", "ES", "Alejandro;Javier;Sergio;Pablo;Álvaro;Íñigo;Jorge", "Lucía;Carmen;Marta;Nuria;Begoña;Ainhoa;Pilar;Rocío",
     "García;Fernández;González;Rodríguez;Sánchez;Pérez;Martínez;Jiménez;Ruiz;Navarro;Iglesias;Domínguez;de la Cruz", "dbl"),
    ("mexican", "MX", "José Luis;Juan Carlos;Luis;Diego;Emiliano;Rodrigo;Mauricio",
     "María José;Guadalupe;Ximena;Valentina;Fernanda;Itzel;Xóchitl",
     "Hernández;Ramírez;Torres;Flores;Vázquez;Castillo;Morales;Reyes;Gutiérrez;Chávez;Mendoza", "dbl"),
    ("portuguese_br", "BR", "João;Pedro;Gabriel;Rafael;Thiago;Vinícius;Gonçalo", "Ana Beatriz;Juliana;Larissa;Letícia;Thaís;Mariana;Raquel",
     "Silva;Santos;Oliveira;Souza;Pereira;Costa;Carvalho;Almeida;dos Santos;da Silva;Conceição;Gonçalves;Magalhães", "dbl"),
    ("italian", "IT", "Lorenzo;Matteo;Alessandro;Giuseppe;Francesco;Niccolò;Gianluca", "Giulia;Chiara;Francesca;Alessia;Martina;Giorgia",
     "Rossi;Russo;Esposito;Bianchi;Romano;Colombo;Ricci;De Luca;Di Stefano;D'Angelo;Lo Presti", ""),
    ("polish", "PL", "Jakub;Kacper;Piotr;Tomasz;Mateusz;Łukasz;Wojciech", "Zofia;Agnieszka;Katarzyna;Małgorzata;Joanna;Magdalena;Weronika",
     "Kowalski/Kowalska;Nowak;Wiśniewski/Wiśniewska;Wójcik;Kamiński/Kamińska;Lewandowski/Lewandowska;"
     "Zieliński/Zielińska;Szymański/Szymańska;Dąbrowski/Dąbrowska;Grzybowski/Grzybowska", ""),
    ("czech", "CZ", "Jiří;Tomáš;Ondřej;Vojtěch;Lukáš;Marek", "Tereza;Veronika;Lucie;Kateřina;Zuzana;Barbora",
     "Novák/Nováková;Svoboda/Svobodová;Dvořák/Dvořáková;Černý/Černá;Procházka/Procházková;Kučera/Kučerová", ""),
    ("russian", "RU", "Dmitry;Sergey;Alexei;Nikolai;Mikhail;Igor;Artyom", "Anastasia;Ekaterina;Olga;Natalia;Svetlana;Yulia;Daria",
     "Ivanov/Ivanova;Smirnov/Smirnova;Kuznetsov/Kuznetsova;Popov/Popova;Sokolov/Sokolova;Volkov/Volkova;Morozov/Morozova;Lebedev/Lebedeva", ""),
    ("ukrainian", "UA", "Oleksandr;Taras;Bohdan;Andriy;Yurii;Mykola", "Olena;Oksana;Iryna;Kateryna;Halyna;Solomiia",
     "Shevchenko;Bondarenko;Kovalenko;Tkachenko;Boyko;Melnyk;Kravchuk;Hrytsenko", ""),
    ("greek", "GR", "Georgios;Dimitrios;Konstantinos;Nikolaos;Panagiotis;Stavros", "Eleni;Katerina;Dimitra;Vasiliki;Despina;Athina",
     "Papadopoulos/Papadopoulou;Nikolaou;Georgiou;Pappas;Oikonomou;Karagiannis/Karagianni;Vlachos/Vlachou", ""),
    ("swedish", "SE", "Erik;Lars;Johan;Anders;Oskar;Björn;Nils", "Ingrid;Astrid;Elin;Maja;Linnéa;Sigrid;Ebba",
     "Andersson;Johansson;Karlsson;Nilsson;Lindqvist;Bergström;Sjöberg;Åkesson;Lindgren", ""),
    ("nordic", "DK", "Magnus;Sindre;Søren;Mads;Rasmus;Håkon", "Ingeborg;Sofie;Freja;Mette;Silje;Tove",
     "Hansen;Jensen;Pedersen;Larsen;Sørensen;Haugen;Bakken;Kristiansen;Østergaard;Dahl", ""),
    ("finnish", "FI", "Juha;Mikko;Antti;Eero;Timo;Jukka", "Aino;Kaisa;Satu;Päivi;Helmi;Liisa",
     "Korhonen;Virtanen;Mäkinen;Nieminen;Heikkinen;Järvinen;Lehtonen;Koskinen", ""),
    ("icelandic", "IS", "Guðmundur;Sigurður;Gunnar;Jón;Einar", "Guðrún;Sigríður;Katrín;Helga;Þóra",
     "Jónsson/Jónsdóttir;Sigurðsson/Sigurðardóttir;Gunnarsson/Gunnarsdóttir;Einarsson/Einarsdóttir;Magnússon/Magnúsdóttir", ""),
    ("hungarian", "HU", "Bence;Levente;Máté;Zoltán;Gábor;Ádám", "Réka;Zsófia;Eszter;Katalin;Boglárka;Dóra",
     "Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár;Németh;Farkas", "ff"),
    ("romanian", "RO", "Andrei;Mihai;Alexandru;Ionuț;Bogdan;Radu", "Ioana;Elena;Andreea;Cristina;Mihaela;Alina",
     "Popescu;Ionescu;Popa;Dumitru;Stan;Munteanu;Constantinescu;Ștefănescu", ""),
    ("serbo_croatian", "RS", "Marko;Nikola;Stefan;Luka;Dragan", "Jelena;Milica;Ivana;Dragana;Tijana",
     "Jovanović;Petrović;Nikolić;Marković;Horvat;Kovačević;Babić;Đorđević", ""),
    ("bulgarian", "BG", "Ivaylo;Georgi;Hristo;Stoyan", "Desislava;Tsvetelina;Radostina;Gergana",
     "Georgiev/Georgieva;Dimitrov/Dimitrova;Petkov/Petkova;Todorov/Todorova", ""),
    ("lithuanian", "LT", "Tomas;Mantas;Darius;Vytautas", "Ieva;Rūta;Agnė;Gintarė",
     "Kazlauskas/Kazlauskienė;Petrauskas/Petrauskienė;Jankauskas/Jankauskaitė;Žukauskas/Žukauskienė", ""),
    ("turkish", "TR", "Mehmet;Mustafa;Emre;Burak;Oğuz;Yiğit;Kaan", "Ayşe;Elif;Zeynep;Büşra;Gülşen;Özlem;Şule",
     "Yılmaz;Kaya;Demir;Şahin;Çelik;Yıldız;Öztürk;Aydın;Arslan;Doğan", ""),
    ("arabic", "AE", "Mohammed;Ahmad;Omar;Khaled;Yousef;Tariq;Hamza;Faisal", "Fatima;Layla;Noor;Rania;Hala;Mariam;Yasmin;Dana",
     "Al-Hashimi;Haddad;Khoury;Nasser;Al-Farsi;Mansour;Saleh;Qasim;Abdullah;Al Zahrani", ""),
    ("maghreb_egypt", "EG", "Youssef;Karim;Amine;Mehdi;Hicham;Mostafa", "Amina;Salma;Imane;Nadia;Khadija;Sara",
     "El Amrani;Benali;Bouzid;El-Sayed;Abdelrahman;Mahmoud;Hassan;Chakir;Ben Youssef", ""),
    ("persian", "IR", "Reza;Dariush;Kourosh;Arash;Behnam;Farhad", "Shirin;Parisa;Nasrin;Leila;Golnaz;Mahsa",
     "Hosseini;Rezaei;Mohammadi;Karimi;Ahmadi;Tehrani;Jafari;Moradi;Farahani", ""),
    ("hebrew", "IL", "Yosef;Avi;Eitan;Noam;Itai;Uri", "Noa;Tamar;Shira;Yael;Michal;Ayelet",
     "Cohen;Levi;Mizrahi;Peretz;Biton;Friedman;Shapiro;Avraham;Katz", ""),
    ("hindi", "IN", "Rahul;Amit;Vikram;Arjun;Rohan;Siddharth;Aditya;Sanjay", "Priya;Ananya;Pooja;Neha;Kavya;Deepika;Shreya;Sunita",
     "Sharma;Verma;Gupta;Agarwal;Mehta;Joshi;Kapoor;Malhotra;Chaturvedi;Srivastava", ""),
    ("south_indian", "IN", "Karthik;Suresh;Venkatesh;Arun;Senthil;Prakash", "Lakshmi;Divya;Meenakshi;Revathi;Anjali;Kavitha",
     "Subramaniam;Krishnan;Iyer;Raman;Natarajan;Pillai;Venkataraman;Reddy;Rao;Nair", ""),
    ("bengali", "BD", "Arnab;Sourav;Debashish;Anirban;Rahim;Tanvir", "Moumita;Ishita;Nusrat;Tahmina;Rituparna;Sharmin",
     "Chatterjee;Banerjee;Mukherjee;Das;Bose;Chowdhury;Hossain;Rahman;Sen;Ghosh", ""),
    ("punjabi_pak", "PK", "Imran;Bilal;Usman;Harpreet;Asad;Zain", "Ayesha;Hira;Sana;Mehwish;Simran;Amandeep",
     "Khan;Qureshi;Malik;Chaudhry;Siddiqui;Sandhu;Gill;Dhillon;Singh/Kaur", ""),
    ("nepali", "NP", "Bishal;Sagar;Suman;Rajan;Dipesh", "Sita;Anisha;Pratiksha;Sabina;Srijana",
     "Shrestha;Gurung;Tamang;Thapa;Magar;Adhikari;Bhattarai;Karki", ""),
    ("sinhala", "LK", "Nimal;Kasun;Chaminda;Ruwan;Lahiru", "Nadeesha;Dilani;Sanduni;Kumari;Ishara",
     "Perera;Fernando;Jayasuriya;Wickramasinghe;Bandara;Dissanayake;Gunawardena", ""),
    ("chinese", "CN", "Wei;Jun;Hao;Lei;Zhiwei;Jianguo;Yichen", "Mei;Xiaoling;Jing;Yan;Xinyi;Ying;Ruolan",
     "Wang;Zhang;Liu;Chen;Yang;Huang;Zhao;Wu;Zhou;Xu;Sun", "ff"),
    ("cantonese_tw", "HK", "Ka-Wai;Chi-Ming;Wing-Kit;Chun-Hung", "Wing-Yan;Hsiao-Wen;Mei-Ling;Pui-Shan",
     "Chan;Wong;Cheung;Lau;Tsai;Lin;Kwok;Ho", "ff"),
    ("japanese", "JP", "Haruto;Yuto;Sota;Kenji;Takeshi;Hiroshi;Daiki", "Yui;Aoi;Sakura;Haruka;Misaki;Yuki;Emi",
     "Sato;Suzuki;Takahashi;Tanaka;Watanabe;Yamamoto;Nakamura;Kobayashi;Kato;Fujiwara", "ff"),
    ("korean", "KR", "Min-jun;Ji-hoon;Do-yoon;Hyun-woo;Seung-ho", "Seo-yeon;Ha-eun;Ji-woo;Soo-ah;Yuna",
     "Kim;Lee;Choi;Jung;Kang;Yoon;Jang;Lim;Han", "ff"),
    ("vietnamese", "VN", "Văn Minh;Đức Anh;Quang Huy;Minh Tuấn;Hoàng Nam", "Thị Lan;Ngọc Anh;Thu Trang;Thị Hương;Bảo Ngọc",
     "Nguyễn;Trần;Lê;Phạm;Huỳnh;Phan;Vũ;Đặng;Bùi", "ff"),
    ("filipino", "PH", "Mark Anthony;John Paul;Rodel;Jericho;Carlo", "Maricel;Jocelyn;Kristine Joy;Rowena;Analyn",
     "Dela Cruz;Bautista;Villanueva;Aquino;Macaraeg;Dimaculangan;Manalo;Santiago", ""),
    ("malay_indonesian", "MY", "Budi;Agus;Rizky;Hafiz;Faizal;Irfan", "Siti;Nurul;Dewi;Putri;Aisyah;Fitri",
     "Santoso;Wijaya;Hidayat;Pratama;Saputra;Kusuma;bin Ismail/binti Ismail;bin Hassan/binti Hassan", ""),
    ("thai", "TH", "Somchai;Anan;Chaiwat;Kittisak;Thanawat", "Siriporn;Nattaya;Ploy;Kanokwan;Sudarat",
     "Srisuk;Jaidee;Wongsawat;Chaiyasit;Saetang;Thongchai;Boonmee", ""),
    ("mongolian", "MN", "Batbayar;Ganbaatar;Temuulen", "Oyunchimeg;Sarangerel;Enkhjargal",
     "Dorj;Bat-Erdene;Ganbold;Tserendorj", ""),
    ("yoruba", "NG", "Oluwaseun;Babatunde;Olumide;Tunde;Femi;Ayodeji", "Folake;Yetunde;Funmilayo;Titilayo;Bisola;Temitope",
     "Adeyemi;Ogunleye;Adebayo;Oladipo;Balogun;Akinola;Ogundipe;Bakare", ""),
    ("igbo", "NG", "Chinedu;Emeka;Obinna;Ikenna;Chukwuemeka;Nnamdi", "Chiamaka;Ngozi;Adaeze;Ifeoma;Nkechi;Chinonso",
     "Okafor;Okonkwo;Eze;Nwosu;Okeke;Nwankwo;Chukwu;Okoye", ""),
    ("akan", "GH", "Kwame;Kofi;Kwabena;Yaw;Kojo;Kwesi", "Ama;Akosua;Abena;Efua;Adwoa;Esi",
     "Mensah;Owusu;Boateng;Asante;Osei;Appiah;Agyeman;Ofori;Amoah", ""),
    ("kenyan", "KE", "Baraka;Juma;Kiprono;Omondi;Wekesa", "Wanjiru;Achieng;Akinyi;Zawadi;Nyokabi;Wambui",
     "Kamau;Mwangi;Njoroge;Ochieng;Kariuki;Wanjala;Odhiambo;Kiplagat;Mutua", ""),
    ("ethiopian", "ET", "Abebe;Tesfaye;Dawit;Yonas;Biniam;Mekonnen", "Selam;Hirut;Meron;Tigist;Saba;Bethlehem",
     "Kebede;Tadesse;Haile;Gebremedhin;Bekele;Alemu;Wolde;Tesfamariam", ""),
    ("somali", "SO", "Abdi;Mahad;Liban;Abdirahman;Guled", "Hodan;Ayaan;Fadumo;Sagal;Idil;Hibaaq",
     "Warsame;Farah;Jama;Mohamud;Abdullahi;Hirsi;Egal;Duale", ""),
    ("southern_african", "ZA", "Sipho;Thabo;Themba;Lwazi;Mandla;Sibusiso", "Nomvula;Thandeka;Zanele;Lindiwe;Ayanda;Nokuthula",
     "Dlamini;Nkosi;Ndlovu;Khumalo;Mokoena;Mthembu;Ngcobo;Mahlangu;Sithole", ""),
    ("pacific", "NZ", "Tane;Wiremu;Ihaia;Sione;Keoni;Tevita", "Aroha;Mere;Leilani;Malia;Losana;Kalena",
     "Ngata;Parata;Tuilagi;Fonoti;Kahananui;Kealoha;Fifita;Taufa;Te Whiti", ""),
    ("georgian", "GE", "Giorgi;Levan;Davit;Irakli;Zurab", "Nino;Ketevan;Salome;Tamari;Natia",
     "Beridze;Maisuradze;Kapanadze;Gelashvili;Lomidze;Tsiklauri;Javakhishvili", ""),
    ("armenian", "AM", "Aram;Tigran;Hayk;Armen;Narek", "Ani;Lilit;Anahit;Nare;Siranush",
     "Petrosyan;Sargsyan;Harutyunyan;Hovhannisyan;Grigoryan;Khachatryan;Avetisyan;Manukyan", ""),
    ("central_asian", "KZ", "Nurlan;Yerlan;Timur;Rustam;Askar;Dilshod", "Aigerim;Madina;Dinara;Gulnara;Zarina;Nilufar",
     "Nurlanov/Nurlanova;Abdullayev/Abdullayeva;Karimov/Karimova;Rakhimov/Rakhimova;Yusupov/Yusupova;Akhmetov/Akhmetova", ""),
    ("andean", "PE", "Wilfredo;Percy;Edwin;Nilo;Yuri", "Yessenia;Marleni;Sumaq;Nayeli;Flor",
     "Quispe;Mamani;Huamán;Condori;Ccori;Choque;Apaza;Huarachi", "dbl"),
    ("haitian", "HT", "Wilner;Fritznel;Jean-Baptiste;Wesner", "Guerline;Nadège;Widline;Rose-Marie",
     "Pierre;Jean-Louis;Baptiste;Toussaint;Dorvil;St. Fleur;Joseph", ""),
]

# (language, given, family, romanised given, romanised family, gender) -- family-first for zh/ja/ko
NATIVE = [
    ("ja", "太郎", "山田", "Taro", "Yamada", "m"), ("ja", "花子", "佐藤", "Hanako", "Sato", "f"),
    ("ja", "健太", "鈴木", "Kenta", "Suzuki", "m"), ("ja", "美咲", "田中", "Misaki", "Tanaka", "f"),
    ("zh", "伟", "王", "Wei", "Wang", "m"), ("zh", "娜", "李", "Na", "Li", "f"), ("zh", "敏", "张", "Min", "Zhang", "f"),
    ("zh", "静", "陈", "Jing", "Chen", "f"), ("zh", "志明", "林", "Zhiming", "Lin", "m"), ("zh", "嘉怡", "黄", "Jiayi", "Huang", "f"),
    ("ko", "민준", "김", "Minjun", "Kim", "m"), ("ko", "서연", "이", "Seoyeon", "Lee", "f"), ("ko", "지훈", "박", "Jihoon", "Park", "m"),
    ("ru", "Ольга", "Смирнова", "Olga", "Smirnova", "f"), ("ru", "Дмитрий", "Кузнецов", "Dmitry", "Kuznetsov", "m"),
    ("ru", "Иван", "Петров", "Ivan", "Petrov", "m"), ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", "f"),
    ("uk", "Тарас", "Бойко", "Taras", "Boyko", "m"), ("bg", "Мария", "Георгиева", "Maria", "Georgieva", "f"),
    ("sr", "Марко", "Јовановић", "Marko", "Jovanovic", "m"), ("kk", "Айгерім", "Нұрланова", "Aigerim", "Nurlanova", "f"),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "m"), ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", "f"),
    ("ar", "ليلى", "حداد", "Layla", "Haddad", "f"), ("ar", "عمر", "خليل", "Omar", "Khalil", "m"),
    ("ar", "أحمد", "منصور", "Ahmed", "Mansour", "m"), ("fa", "علی", "رضایی", "Ali", "Rezaei", "m"),
    ("fa", "مریم", "حسینی", "Maryam", "Hosseini", "f"), ("he", "דוד", "כהן", "David", "Cohen", "m"),
    ("he", "נועה", "לוי", "Noa", "Levi", "f"), ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", "m"),
    ("hi", "प्रिया", "वर्मा", "Priya", "Verma", "f"), ("ne", "सीता", "श्रेष्ठ", "Sita", "Shrestha", "f"),
    ("bn", "অমিত", "দাস", "Amit", "Das", "m"), ("ta", "கார்த்திக்", "சுப்பிரமணியம்", "Karthik", "Subramaniam", "m"),
    ("te", "రవి", "కుమార్", "Ravi", "Kumar", "m"), ("gu", "ધ્રુવ", "પટેલ", "Dhruv", "Patel", "m"),
    ("pa", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", "f"), ("si", "නිමල්", "පෙරේරා", "Nimal", "Perera", "m"),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "m"), ("th", "สุดารัตน์", "ศรีสุข", "Sudarat", "Srisuk", "f"),
    ("ka", "ნინო", "ბერიძე", "Nino", "Beridze", "f"), ("ka", "გიორგი", "მაისურაძე", "Giorgi", "Maisuradze", "m"),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "m"), ("hy", "Անի", "Սարգսյան", "Ani", "Sargsyan", "f"),
    ("am", "አበበ", "ከበደ", "Abebe", "Kebede", "m"), ("am", "ሰላም", "ተስፋዬ", "Selam", "Tesfaye", "f"),
]
NATIVE_CC = {"ja": "JP", "zh": "CN", "ko": "KR", "ru": "RU", "uk": "UA", "bg": "BG", "sr": "RS", "kk": "KZ", "el": "GR",
             "ar": "AE", "fa": "IR", "he": "IL", "hi": "IN", "ne": "NP", "bn": "BD", "ta": "IN", "te": "IN", "gu": "IN",
             "pa": "IN", "si": "LK", "th": "TH", "ka": "GE", "hy": "AM", "am": "ET"}


def _split(s):
    return [x for x in s.split(";") if x]


TRADS = []
for key, cc, male, female, fams, flags in TRADITIONS:
    TRADS.append({"key": key, "cc": cc, "m": _split(male), "f": _split(female), "fam": _split(fams),
                  "ff": "ff" in flags, "dbl": "dbl" in flags})


def all_given():
    return sorted({g for t in TRADS for g in t["m"] + t["f"]})


def all_surnames():
    return sorted({x for t in TRADS for f in t["fam"] for x in f.split("/")})


class Person:
    def __init__(self, given, family, cc, ff=False, native=None, rom=None, acct_family=None, trad=None, forms=None):
        self.g, self.f, self.cc, self.ff = given, family, cc, ff
        self.trad, self.forms = trad, forms  # tradition dict and the surname's gendered forms (for relatives)
        self.native = native  # language code when written in its own script
        self.rg, self.rf = rom or (given, family)
        self.acct_f = acct_family or self.rf

    def full(self):
        if self.native in ("zh", "ko"):
            return self.f + self.g
        if self.native == "ja":
            return self.f + " " + self.g
        return f"{self.f} {self.g}" if self.ff else f"{self.g} {self.f}"

    def western(self):
        return self.full() if self.native in ("zh", "ko", "ja") else f"{self.g} {self.f}"

    def lf(self):
        return self.full() if self.native in ("zh", "ko", "ja") else f"{self.f}, {self.g}"

    def caps(self):
        return self.full().upper()

    def caps_lf(self):
        return self.lf().upper()

    def sep(self, ch):  # SURNAME/GIVEN, SURNAME^GIVEN (romanised, upper)
        return f"{self.rf.upper()}{ch}{self.rg.upper()}"

    def tokens(self):
        return name_tokens(self.g, self.f, self.rg, self.rf)

    def a_g(self):
        return re.sub(r"[^a-z0-9]", "", fold(self.rg).lower())

    def a_f(self):
        return re.sub(r"[^a-z0-9]", "", fold(self.acct_f).lower())

    def acct(self, r, style=None, digits=None):
        g, f = self.a_g(), self.a_f()
        style = style or r.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf", "f.last",
                                   "flast", "first.last", "lastfirst"])
        a = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
             "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "lastfirst": f + g}[style]
        if digits is None:
            digits = r.random() < 0.22
        if digits:
            a += str(r.choice([1, 2, 3, 7, 12, 21, 88, 99, r.randint(1, 99)]))
        return a


def draw_person(r, native_p=0.08, trad=None, lang=None):
    if lang is not None or (trad is None and r.random() < native_p):
        lang, g, f, rg, rf, _ = r.choice([x for x in NATIVE if lang in (None, x[0])])
        return Person(g, f, NATIVE_CC[lang], native=lang, rom=(rg, rf))
    t = trad or r.choice(TRADS)
    gender = r.choice("mf")
    g = r.choice(t[gender])
    fams = [x.split("/") for x in t["fam"]]
    pick = r.choice(fams)
    f = pick[1] if len(pick) == 2 and gender == "f" else pick[0]
    acct_f = f
    if t["dbl"] and r.random() < 0.45:
        other = r.choice(fams)[0]
        if other != f:
            f = f"{f} {other}" if r.random() < 0.7 else f"{f}-{other}"
            acct_f = f.replace("-", " ").split(" ")[0] if not f.startswith(("de ", "dos ", "da ")) else f
    ff = t["ff"] and r.random() < (0.8 if t["key"] == "vietnamese" else 0.5)
    return Person(g, f, t["cc"], ff=ff, acct_family=acct_f, trad=t, forms=pick if f in pick else None)


def relative(r, p):
    """Another member of p's family: a different given name, the same surname (gendered form matched)."""
    if p.native:
        same = [x for x in NATIVE if x[0] == p.native and x[1] != p.g]
        if not same:
            return None
        _, g, _, rg, _, _ = r.choice(same)
        return Person(g, p.f, p.cc, native=p.native, rom=(rg, p.rf))
    t = p.trad
    gender = r.choice("mf")
    g = r.choice([x for x in t[gender] if x != p.g])
    f = p.f
    if p.forms and len(p.forms) == 2:
        f = p.forms[1] if gender == "f" else p.forms[0]
    return Person(g, f, p.cc, ff=p.ff, acct_family=p.acct_f if f == p.f else f, trad=t, forms=p.forms)
