"""Hand-written name lists for pack_aa (aviation operations).

Written for this pack from general knowledge of naming customs; no name package, census file or
generator data was used.  Each tradition: region, name order ("GF" given-first or "FG" family-first),
male and female given names, family names, and a country used for phone numbers.
`python names.py` prints the sizes.
"""

from __future__ import annotations


def _s(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


# key: (region, order, country, male, female, family)
TRADITIONS: dict[str, tuple[str, str, str, list[str], list[str], list[str]]] = {
    "en_us": ("americas", "GF", "US",
              _s("James|Michael|Robert|David|William|Richard|Joseph|Thomas|Christopher|Daniel|Matthew|Anthony|"
                 "Mark|Donald|Steven|Andrew|Joshua|Kevin|Brian|Tyler|Brandon|Dwayne|DeShawn|Cody|Travis|Wyatt"),
              _s("Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Ashley|Kimberly|"
                 "Brittany|Amber|Tiffany|Shanice|Latoya|Kayla|Madison|Courtney|Heather|Crystal|Megan"),
              _s("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|"
                 "Martin|Thompson|Harris|Clark|Lewis|Robinson|Walker|Whitfield|Kowalczyk|Delgado|Nguyen|Schaefer|"
                 "Okonkwo|Washington|Jefferson|Boudreaux|Hollister|McAllister")),
    "en_gb": ("europe", "GF", "GB",
              _s("Oliver|Harry|George|Jack|Charlie|Thomas|Alfie|Callum|Jamie|Declan|Rhys|Gareth|Nigel|Graham|"
                 "Alistair|Rupert|Hamish|Ewan|Gavin|Stuart"),
              _s("Olivia|Amelia|Isla|Emily|Poppy|Ava|Sophie|Charlotte|Lucy|Hannah|Gemma|Kirsty|Siobhan|Fiona|"
                 "Bethan|Imogen|Harriet|Niamh|Eilidh|Rhiannon"),
              _s("Smith|Jones|Taylor|Evans|Davies|Hughes|Roberts|Wright|Walker|Thompson|Wood|Hall|Clarke|"
                 "Jackson|Turner|Pemberton|Ashworth|Fairclough|Llewellyn|Pritchard|Ferguson|MacLeod|Campbell|"
                 "Ramsbottom|Featherstone|Ollerenshaw|Sinclair|Buchanan")),
    "en_ie": ("europe", "GF", "IE",
              _s("Seán|Cian|Oisín|Darragh|Pádraig|Eoin|Ciarán|Conor|Tadhg|Liam|Fionn|Colm"),
              _s("Aoife|Siobhán|Saoirse|Niamh|Caoimhe|Róisín|Orla|Clodagh|Gráinne|Deirdre|Aisling|Sinéad"),
              _s("O'Brien|O'Sullivan|Murphy|Kelly|Walsh|Byrne|Ryan|O'Connor|McCarthy|Doyle|Gallagher|"
                 "Ó Briain|Mac Giolla|Fitzgerald|Quinlan|Ní Dhomhnaill|Nic Amhlaoibh|McGuinness|Brennan")),
    "de": ("europe", "GF", "DE",
           _s("Lukas|Jonas|Maximilian|Felix|Tobias|Florian|Jürgen|Klaus-Peter|Hans-Jürgen|Dieter|Uwe|Matthias|"
              "Sven|Björn|Jörg|Ralf|Torsten|Volker"),
           _s("Anna|Lena|Leonie|Katharina|Sabine|Ute|Birgit|Jutta|Anne-Kathrin|Heike|Sandra|Franziska|Miriam|"
              "Jana|Svenja|Ilse|Gudrun|Dörte"),
           _s("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Wolf|"
              "Schröder|Neumann|Krüger|Zimmermann|Braun|Hartmann|Lange|von Bülow|von der Heyde|zu Eltz|"
              "Grünewald|Oßwald|Weißenborn|Kühne|Scholz-Petersen")),
    "at_ch": ("europe", "GF", "AT",
              _s("Florian|Lukas|Andreas|Reto|Urs|Beat|Gregor|Christoph|Stefan|Matthias"),
              _s("Theresa|Magdalena|Verena|Corinne|Nadine|Regula|Barbara|Johanna|Katrin"),
              _s("Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Brunner|Keller|"
                 "Meier|Frei|Bühler|Baumgartner|Zürcher|Egli")),
    "fr": ("europe", "GF", "FR",
           _s("Jean|Pierre|Louis|Hugo|Théo|Mathis|Jean-Baptiste|Jean-Marc|François|Gaël|Loïc|Hervé|Benoît|"
              "Grégoire|Yannick|Rémi|Sébastien|Cédric"),
           _s("Marie|Camille|Léa|Chloé|Manon|Inès|Anne-Sophie|Marie-Claire|Élodie|Hélène|Maëlle|Océane|"
              "Sandrine|Nathalie|Béatrice|Geneviève|Aurélie|Margaux"),
           _s("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Fournier|"
              "Girard|Mercier|Rousseau|Faure|Le Gall|Le Goff|du Pont|de la Fontaine|d'Aubigné|Lemaître|"
              "Chevalier|Gauthier|Kervella|Boucher|Laurent|Bonnet")),
    "es": ("europe", "GF", "ES",
           _s("Antonio|Manuel|José|Francisco|Javier|Alejandro|Pablo|Sergio|Álvaro|Íñigo|Jorge|Raúl|Rubén|"
              "José Luis|Juan Carlos|Xabier|Jordi|Iker"),
           _s("María|Carmen|Lucía|Laura|Paula|Marta|Elena|Cristina|Nuria|Ainhoa|Rocío|Begoña|María José|"
              "Ana Belén|Montserrat|Itziar|Pilar|Inmaculada"),
           _s("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|"
              "Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Ortuño|Etxeberria|de la Cruz|del Río|"
              "Sáez|Ibáñez|Castaño|Gutiérrez|Vázquez")),
    "mx": ("americas", "GF", "MX",
           _s("Juan|Luis|Carlos|Miguel Ángel|Jesús|Alejandro|Eduardo|Fernando|Ricardo|Héctor|Guadalupe|Armando"),
           _s("Guadalupe|María Fernanda|Ximena|Valeria|Daniela|Andrea|Alejandra|Yesenia|Citlali|Itzel|Araceli"),
           _s("Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores|Gómez|"
              "Morales|Vázquez|Reyes|Jiménez|Torres|Cuauhtémoc|Xicoténcatl|de los Santos|Villaseñor")),
    "it": ("europe", "GF", "IT",
           _s("Giuseppe|Giovanni|Antonio|Mario|Luigi|Francesco|Alessandro|Lorenzo|Matteo|Andrea|Gianluca|"
              "Pierpaolo|Salvatore|Vincenzo|Niccolò"),
           _s("Giulia|Francesca|Chiara|Sara|Martina|Alessia|Valentina|Federica|Giorgia|Elisabetta|Rosaria|"
              "Maria Grazia|Annalisa|Ilaria"),
           _s("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
              "De Luca|Di Stefano|Lo Bianco|D'Angelo|Mancini|Costa|Giordano|Barbieri|Fontana|Santoro")),
    "pt_br": ("americas", "GF", "BR",
              _s("João|Pedro|Lucas|Gabriel|Matheus|Rafael|Thiago|Felipe|Gustavo|Leandro|Rodrigo|Wellington|"
                 "Cleiton|Anderson|João Pedro|Luiz Henrique"),
              _s("Ana|Maria|Juliana|Fernanda|Camila|Larissa|Aline|Beatriz|Letícia|Vitória|Thaís|Gislaine|"
                 "Ana Clara|Maria Eduarda|Rayssa"),
              _s("Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|"
                 "Martins|Carvalho|Araújo|Nascimento|dos Santos|da Silva|de Souza|Conceição|Magalhães|Assunção")),
    "pt_pt": ("europe", "GF", "PT",
              _s("João|Tiago|Rui|Nuno|Duarte|Gonçalo|Afonso|Vasco|Bernardo|Sérgio"),
              _s("Inês|Beatriz|Leonor|Matilde|Joana|Sofia|Mariana|Catarina|Rita|Margarida"),
              _s("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|"
                 "Marques|Pinto|Teixeira|da Costa|dos Reis|Meireles")),
    "nl": ("europe", "GF", "NL",
           _s("Daan|Sem|Lars|Bram|Thijs|Ruud|Joost|Sjoerd|Wouter|Pieter|Maarten|Jeroen|Gijs|Joris"),
           _s("Emma|Sanne|Femke|Anouk|Lotte|Marieke|Ilse|Fenna|Annelies|Joke|Marloes|Lieke|Noor|Esmée"),
           _s("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
              "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|van der Meer|van 't Hof|ter Horst|"
              "Dekker|Brouwer|van Rijn|Verhoeven|Kuipers")),
    "be": ("europe", "GF", "BE",
           _s("Wout|Jens|Arne|Koen|Bart|Stijn|Kobe|Maxime|Thibault|Quentin"),
           _s("Lore|Fien|Elke|Griet|An|Els|Lien|Amélie|Pauline|Justine"),
           _s("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Van Damme|"
              "Vanderhaegen|De Clercq|Dubois|Lambert|Vandenbroucke")),
    "pl": ("europe", "GF", "PL",
           _s("Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Łukasz|Grzegorz|Wojciech|Mateusz|Jakub|"
              "Przemysław|Zbigniew"),
           _s("Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Aleksandra|Zofia|Agata|"
              "Weronika|Bożena|Jadwiga"),
           _s("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|"
              "Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Krawczyk|Piotrowski|Grabowski|Zając|Król|"
              "Wróbel|Sikorski|Gołębiowski|Brzęczyszczykiewicz")),
    "cz_sk": ("europe", "GF", "CZ",
              _s("Jiří|Jan|Petr|Josef|Pavel|Martin|Tomáš|Jaroslav|Miroslav|Zdeněk|Lukáš|Ondřej|Marek"),
              _s("Jana|Marie|Eva|Hana|Lucie|Petra|Kateřina|Lenka|Veronika|Zuzana|Tereza|Markéta"),
              _s("Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Král|"
                 "Růžička|Beneš|Fiala|Sedláček|Doležal|Zeman|Kolář|Navrátil")),
    "nordic": ("europe", "GF", "SE",
               _s("Erik|Lars|Anders|Johan|Magnus|Nils|Björn|Mikael|Henrik|Oskar|Søren|Rasmus|Mads|Jens|"
                  "Ole|Håkon|Eirik|Sindre|Juha|Mikko|Jukka|Teemu"),
               _s("Anna|Eva|Karin|Ingrid|Maja|Astrid|Linnéa|Sofie|Mette|Freja|Ida|Sigrid|Ingeborg|Solveig|"
                  "Aino|Heli|Päivi|Kirsi"),
               _s("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Bergström|Sjöberg|"
                  "Holmgren|Åberg|Nielsen|Jensen|Hansen|Pedersen|Sørensen|Jørgensen|Haugen|Bakken|Solberg|"
                  "Strøm|Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Järvinen")),
    "is": ("europe", "GF", "IS",
           _s("Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Stefán|Magnús|Þórður|Ragnar"),
           _s("Guðrún|Anna|Sigríður|Kristín|Margrét|Helga|Sigrún|Jóhanna|Þórunn|Ragnheiður"),
           []),  # patronymics built from a father's name
    "ru": ("europe", "GF", "RU",
           _s("Aleksandr|Dmitry|Sergey|Andrey|Alexey|Mikhail|Ivan|Nikolay|Vladimir|Yevgeny|Pavel|Artyom"),
           _s("Yelena|Olga|Tatyana|Natalya|Irina|Svetlana|Anastasia|Yekaterina|Mariya|Yulia|Darya|Ksenia"),
           _s("Ivanov|Smirnov|Kuznetsov|Popov|Vasilyev|Petrov|Sokolov|Mikhaylov|Novikov|Fyodorov|Morozov|"
              "Volkov|Lebedev|Kozlov|Orlov|Belov|Zaytsev|Pavlov|Semyonov|Golubev|Karpin|Ilyin")),
    "ua": ("europe", "GF", "UA",
           _s("Oleksandr|Andriy|Serhiy|Volodymyr|Taras|Bohdan|Yaroslav|Mykola|Oleh|Vasyl|Dmytro"),
           _s("Olena|Oksana|Iryna|Nataliya|Halyna|Tetiana|Yuliia|Solomiia|Khrystyna|Liudmyla"),
           _s("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Oliynyk|Boyko|Moroz|Lysenko|"
              "Savchenko|Rudenko|Marchenko|Hnatyuk|Kovalchuk|Polishchuk")),
    "hu": ("europe", "FG", "HU",
           _s("László|István|József|János|Zoltán|Sándor|Gábor|Ferenc|Attila|Péter|Tamás|Zsolt|Levente"),
           _s("Mária|Erzsébet|Katalin|Ilona|Éva|Anna|Zsuzsanna|Krisztina|Ágnes|Andrea|Réka|Zsófia|Boglárka"),
           _s("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|"
              "Juhász|Lakatos|Mészáros|Oláh|Simon|Rácz|Fekete|Szűcs")),
    "ro": ("europe", "GF", "RO",
           _s("Andrei|Alexandru|Mihai|Ionuț|Cristian|Florin|Bogdan|Răzvan|Ștefan|Gheorghe|Vlad"),
           _s("Ioana|Elena|Andreea|Maria|Alexandra|Mihaela|Cristina|Roxana|Oana|Bianca|Ramona"),
           _s("Popescu|Ionescu|Popa|Radu|Dumitru|Stan|Stoica|Gheorghe|Matei|Ciobanu|Constantin|Munteanu|"
              "Moldovan|Ștefănescu|Păunescu|Țurcanu|Dobrescu")),
    "hr_rs": ("europe", "GF", "HR",
              _s("Ivan|Marko|Luka|Josip|Ante|Nikola|Dragan|Zoran|Goran|Milan|Stjepan|Dejan"),
              _s("Ana|Ivana|Marija|Petra|Maja|Jelena|Snežana|Dragana|Mirjana|Tijana|Katarina"),
              _s("Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Petrović|Jovanović|Đorđević|"
                 "Nikolić|Šimić|Perić|Popović|Matić|Tomić|Ilić")),
    "gr": ("europe", "GF", "GR",
           _s("Georgios|Ioannis|Konstantinos|Dimitrios|Nikolaos|Panagiotis|Vasileios|Christos|Athanasios|"
              "Spyridon|Evangelos"),
           _s("Maria|Eleni|Aikaterini|Vasiliki|Sofia|Angeliki|Dimitra|Georgia|Paraskevi|Ioanna|Evangelia"),
           _s("Papadopoulos|Papadakis|Georgiou|Oikonomou|Nikolaidis|Karagiannis|Vlachos|Dimitriou|"
              "Konstantinidis|Makris|Pappas|Antoniou|Christodoulou|Athanasiou|Theodoridis|Kyriakidis")),
    "tr": ("europe", "GF", "TR",
           _s("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Serkan|Oğuz|Çağlar|Yiğit"),
           _s("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Büşra|Özlem|Gülşen|Şebnem|Ebru|Dilek|İpek"),
           _s("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|"
              "Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Erdoğan|Güneş|Aksoy")),
    "arab": ("mena", "GF", "AE",
             _s("Mohammed|Ahmed|Abdullah|Omar|Khalid|Youssef|Hamad|Saeed|Faisal|Tariq|Mahmoud|Karim|"
                "Abdulrahman|Hassan|Ibrahim|Nasser"),
             _s("Fatima|Aisha|Mariam|Noura|Layla|Huda|Reem|Salma|Yasmin|Hessa|Amal|Rania|Dana|Lina"),
             _s("Al-Mansouri|Al Hashimi|Al-Qahtani|Al-Otaibi|Al Shamsi|Haddad|Khoury|Nasser|Saleh|"
                "El-Sayed|Abdel Rahman|Abou Chakra|Ben Youssef|Bouazizi|Mansour|Al Falasi|Al-Harthy|Farouk")),
    "eg": ("mena", "GF", "EG",
           _s("Ahmed|Mostafa|Amr|Sherif|Tamer|Hany|Wael|Mohamed|Karim|Islam|Ayman"),
           _s("Mona|Heba|Nesma|Yasmine|Dina|Rana|Shaimaa|Marwa|Noha|Sara"),
           _s("Abdelaziz|El-Masry|Fahmy|Hegazy|Shafik|Soliman|Ragab|Gamal|Mahmoud|Abdel Fattah|Zaki")),
    "ir": ("mena", "GF", "AE",
           _s("Reza|Ali|Mehdi|Hossein|Amir|Dariush|Kian|Babak|Arash|Farhad"),
           _s("Maryam|Zahra|Shirin|Parisa|Niloufar|Leila|Roya|Mahsa|Sahar|Golnar"),
           _s("Ahmadi|Hosseini|Karimi|Rezaei|Moradi|Mohammadi|Jafari|Tehrani|Shirazi|Rahimi|Sadeghi")),
    "il": ("mena", "GF", "IL",
           _s("Yosef|David|Noam|Itai|Eitan|Ariel|Omri|Yonatan|Amit|Gilad"),
           _s("Noa|Tamar|Yael|Shira|Maya|Michal|Adi|Hila|Roni|Liat"),
           _s("Cohen|Levi|Mizrahi|Peretz|Biton|Dahan|Avraham|Friedman|Azoulay|Ben-David|Shapiro|Katz")),
    "in_n": ("south_asia", "GF", "IN",
             _s("Rahul|Amit|Rohit|Vikram|Arjun|Sanjay|Rajesh|Anil|Manoj|Pradeep|Gurpreet|Harjinder|Ashok|"
                "Aditya|Varun|Kunal"),
             _s("Priya|Pooja|Neha|Anjali|Kavita|Sunita|Divya|Simran|Harpreet|Ritu|Shweta|Meenakshi|Aishwarya"),
             _s("Sharma|Verma|Gupta|Singh|Kumar|Agarwal|Mehta|Malhotra|Kapoor|Chopra|Bhatia|Joshi|Saxena|"
                "Mishra|Yadav|Chauhan|Dhillon|Sandhu|Grewal|Bose|Chatterjee|Banerjee|Mukherjee")),
    "in_s": ("south_asia", "GF", "IN",
             _s("Venkatesh|Srinivas|Karthik|Arun|Suresh|Ramesh|Prakash|Murali|Balaji|Senthil|Anand|Vijay"),
             _s("Lakshmi|Deepa|Revathi|Kavya|Meena|Priyanka|Sowmya|Anitha|Divya|Saranya|Bhavana"),
             _s("Iyer|Iyengar|Nair|Menon|Pillai|Reddy|Rao|Naidu|Krishnan|Subramanian|Raghavan|Ramaswamy|"
                "Venkataraman|Chandrasekhar|Gopalakrishnan|Kurup|Varghese|Thomas")),
    "pk_bd_lk": ("south_asia", "GF", "PK",
                 _s("Muhammad|Imran|Usman|Bilal|Hamza|Asif|Faisal|Rafiq|Tanvir|Shahid|Dinesh|Chaminda|Kasun"),
                 _s("Ayesha|Sana|Hira|Fatima|Sadia|Nusrat|Farzana|Tahmina|Nadeesha|Dilani|Ishara"),
                 _s("Khan|Ahmed|Malik|Qureshi|Chaudhry|Butt|Hussain|Siddiqui|Rahman|Hossain|Chowdhury|"
                    "Uddin|Perera|Fernando|Silva|Jayasuriya|Wickramasinghe|Bandara|Dissanayake")),
    "ph": ("se_asia", "GF", "PH",
           _s("Jose|Juan|Mark Anthony|John Paul|Rommel|Jerome|Ronaldo|Reynaldo|Jun|Efren|Angelito|Rey|"
              "Christian|Jayson|Arnel"),
           _s("Maria Cristina|Ma. Luisa|Rowena|Maricel|Jocelyn|Marites|Lorna|Cherry|Rhea|Angelica|Kristine|"
              "Mary Joy|Jasmin|Rosalie"),
           _s("Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Torres|Tomas|Andrada|Castillo|Flores|"
              "Villanueva|Ramos|Castro|Rivera|Aquino|Navarro|Salazar|Mercado|dela Cruz|Dela Rosa|De Guzman|"
              "Magbanua|Dimaculangan|Macaraeg|Pangilinan")),
    "id_my": ("se_asia", "GF", "ID",
              _s("Budi|Agus|Dwi|Eko|Hendra|Joko|Rizky|Wahyu|Ahmad|Hafiz|Faizal|Azman|Syahrul|Iskandar"),
              _s("Siti|Dewi|Sri|Putri|Ayu|Rina|Wulan|Nurul|Aisyah|Farah|Nur Aina|Intan|Kartika"),
              _s("Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Nugroho|Setiawan|Gunawan|Halim|Hakim|"
                 "Rahman|Ismail|Yusof|Abdullah|Hamzah|Zainal")),
    "vn": ("se_asia", "FG", "VN",
           _s("Minh|Tuấn|Hùng|Dũng|Quang|Thành|Phúc|Long|Huy|Khánh|Bảo|Đức"),
           _s("Lan|Hương|Linh|Trang|Thảo|Ngọc|Mai|Hạnh|Phương|Thu|Yến|Vy"),
           _s("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương")),
    "th": ("se_asia", "GF", "TH",
           _s("Somchai|Somsak|Surachai|Anan|Prasert|Kittisak|Thanawat|Nattapong|Wichai|Chaiwat"),
           _s("Somying|Malee|Siriporn|Pornthip|Nattaya|Kanokwan|Rattana|Wassana|Supaporn|Pimchanok"),
           _s("Saetang|Srisuk|Wongsawat|Chaiyaporn|Rattanakosin|Boonmee|Thongchai|Suwannarat|Jaidee|"
              "Phromma|Sukprasert|Kittikhun")),
    "cn": ("east_asia", "FG", "CN",
           _s("Wei|Jun|Hao|Lei|Qiang|Ming|Jian|Yong|Tao|Zhiwei|Haoran|Yuxuan|Zihan|Chenxi"),
           _s("Fang|Na|Jing|Li|Yan|Xiu Ying|Min|Xin|Yuting|Jiayi|Shuang|Mengyao|Xiaomei"),
           _s("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Wu|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|"
              "Ouyang|Sima|Zheng|Xie")),
    "hk_sg": ("east_asia", "GF", "SG",
              _s("Kelvin|Jason|Marcus|Desmond|Alvin|Wai Keung|Chun Hei|Kok Leong|Boon Huat|Wei Jie"),
              _s("Mei Ling|Hui Min|Siew Lan|Pui Yee|Wing Sze|Michelle|Rachel|Cheryl|Xin Yi|Jia Hui"),
              _s("Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Cheung|Leung|Yeung|Tsang|Chow|Lau|Ho")),
    "jp": ("east_asia", "FG", "JP",
           _s("Hiroshi|Takashi|Kenji|Daisuke|Shota|Yuto|Haruto|Ryo|Kazuki|Takumi|Sho|Naoki"),
           _s("Yuki|Yui|Aoi|Haruka|Misaki|Sakura|Ayaka|Nanami|Mei|Rin|Emi|Keiko"),
           _s("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|"
              "Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Mori")),
    "kr": ("east_asia", "FG", "KR",
           _s("Min-jun|Seo-jun|Do-yun|Ji-ho|Jae-won|Sung-min|Hyun-woo|Dong-hyun|Tae-yang|Jun-seo"),
           _s("Seo-yeon|Ji-woo|Min-seo|Ha-eun|Soo-ah|Ji-yeon|Eun-ji|Hye-jin|Yu-na|Da-eun"),
           _s("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang")),
    "ng_gh": ("africa", "GF", "NG",
              _s("Chinedu|Emeka|Oluwaseun|Babatunde|Ifeanyi|Tunde|Adebayo|Kwame|Kofi|Kwabena|Yaw|Musa|"
                 "Abdullahi|Obinna"),
              _s("Ngozi|Chioma|Adaeze|Funmilayo|Folake|Yetunde|Aisha|Amina|Abena|Akosua|Efua|Adwoa|Blessing"),
              _s("Okafor|Okonkwo|Adeyemi|Balogun|Olawale|Eze|Nwosu|Obi|Adebayo|Ogunleye|Abubakar|Mensah|"
                 "Boateng|Asante|Owusu|Osei|Appiah|Danjuma|Oyelaran")),
    "ke_et": ("africa", "GF", "KE",
              _s("Wanjiru|Otieno|Kamau|Mwangi|Kipchoge|Odhiambo|Abebe|Tesfaye|Dawit|Yohannes|Bekele|Girma"),
              _s("Wambui|Akinyi|Njeri|Atieno|Chebet|Mekdes|Selam|Hiwot|Tigist|Meron|Zawadi"),
              _s("Kariuki|Njoroge|Kimani|Ochieng|Mutua|Wafula|Kiprotich|Haile|Tadesse|Alemu|Gebremedhin|"
                 "Wolde|Mengistu|Kebede")),
    "za": ("africa", "GF", "ZA",
           _s("Sipho|Thabo|Themba|Bongani|Mandla|Pieter|Johan|Jacques|Riaan|Lwazi|Sizwe"),
           _s("Nomvula|Thandiwe|Lerato|Zanele|Palesa|Annelie|Marietjie|Elize|Busisiwe|Naledi"),
           _s("Nkosi|Dlamini|Ndlovu|Khumalo|Mokoena|Mahlangu|Zulu|van der Merwe|Botha|du Plessis|"
              "van Wyk|Pretorius|Nel|Coetzee|Venter|Steyn|le Roux")),
    "latam": ("americas", "GF", "CO",
              _s("Santiago|Sebastián|Mateo|Nicolás|Andrés|Camilo|Julián|Diego|Felipe|Gonzalo|Joaquín"),
              _s("Valentina|Isabella|Camila|Mariana|Catalina|Sofía|Antonella|Florencia|Agustina|Manuela"),
              _s("Rodríguez|Gómez|González|Martínez|Restrepo|Londoño|Ospina|Castaño|Quispe|Mamani|"
                 "Huamán|Fernández|Benítez|Sepúlveda|Villalobos|Echeverría|Aguirre")),
    "ca_fr": ("americas", "GF", "CA",
              _s("Mathieu|Étienne|Gabriel|Samuel|Olivier|Maxime|Jean-François|Simon"),
              _s("Geneviève|Émilie|Catherine|Josée|Isabelle|Marie-Ève|Mélanie|Audrey"),
              _s("Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Bélanger|"
                 "Pelletier|Lévesque")),
    "au_nz": ("pacific", "GF", "AU",
              _s("Lachlan|Cooper|Riley|Mitchell|Brody|Hamish|Tane|Wiremu|Nathan|Bailey"),
              _s("Chloe|Matilda|Sienna|Kiara|Mia|Aroha|Ngaire|Tayla|Brooke|Jessica"),
              _s("Nguyen|Smith|Kelly|Mitchell|O'Keefe|Wilson|Te Whata|Ngata|Parata|Henare|Fraser|"
                 "Sutherland|Anderson|Papadopoulos")),
}

# Weights per tradition (aviation workforces of many hubs).
WEIGHTS: dict[str, int] = {
    "en_us": 10, "en_gb": 7, "en_ie": 3, "de": 6, "at_ch": 2, "fr": 5, "es": 5, "mx": 3, "it": 3,
    "pt_br": 4, "pt_pt": 2, "nl": 4, "be": 2, "pl": 3, "cz_sk": 2, "nordic": 3, "is": 1, "ru": 2,
    "ua": 2, "hu": 2, "ro": 2, "hr_rs": 2, "gr": 2, "tr": 3, "arab": 5, "eg": 2, "ir": 1, "il": 1,
    "in_n": 5, "in_s": 4, "pk_bd_lk": 3, "ph": 5, "id_my": 3, "vn": 2, "th": 2, "cn": 4, "hk_sg": 3,
    "jp": 3, "kr": 2, "ng_gh": 3, "ke_et": 3, "za": 3, "latam": 3, "ca_fr": 2, "au_nz": 3,
}

# Names that are also ordinary English words, as given (G) or family (F) names, with a country.
WORDLIKE_GIVEN = _s("Will|Grant|Hunter|Chase|Lane|Miles|Rich|Frank|Mark|Bill|Pat|Dawn|Hope|Summer|"
                    "April|June|Joy|Faith|Rose|Ivy|Hazel|Brooke|Autumn|Sky|Rocky|Sterling")
WORDLIKE_FAMILY = _s("Baker|Cook|Bishop|Page|Hunter|Fuller|Fisher|Rivers|Young|Wing|Lamb|Fox|Day|Law|"
                     "Bell|Hill|Moon|Snow|Stone|Frost|Gale|Mason|Porter|Carter|Turner|Love|Rush|Gray|"
                     "Black|Sharp|Strong|Price|Booth|Marsh")

# Native-script names: (lang, native given, native family, romanised given, romanised family, native order)
# native order "FG" means written family first (no space for CJK).
NATIVE: list[tuple[str, str, str, str, str, str]] = [
    ("ja", "太郎", "田中", "Taro", "Tanaka", "FG"),
    ("ja", "美咲", "佐藤", "Misaki", "Sato", "FG"),
    ("ja", "健二", "渡辺", "Kenji", "Watanabe", "FG"),
    ("zh", "伟", "王", "Wei", "Wang", "FG"),
    ("zh", "秀英", "李", "Xiuying", "Li", "FG"),
    ("zh", "志强", "陈", "Zhiqiang", "Chen", "FG"),
    ("zh", "嘉怡", "欧阳", "Jiayi", "Ouyang", "FG"),
    ("ko", "민준", "김", "Min-jun", "Kim", "FG"),
    ("ko", "서연", "박", "Seo-yeon", "Park", "FG"),
    ("ru", "Дмитрий", "Соколов", "Dmitry", "Sokolov", "GF"),
    ("ru", "Анна", "Кузнецова", "Anna", "Kuznetsova", "GF"),
    ("uk", "Олена", "Коваленко", "Olena", "Kovalenko", "GF"),
    ("uk", "Тарас", "Мельник", "Taras", "Melnyk", "GF"),
    ("bg", "Димитър", "Иванов", "Dimitar", "Ivanov", "GF"),
    ("sr", "Марко", "Јовановић", "Marko", "Jovanovic", "GF"),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "GF"),
    ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", "GF"),
    ("ar", "محمد", "الحسن", "Mohammed", "Al-Hassan", "GF"),
    ("ar", "فاطمة", "الزهراني", "Fatima", "Al-Zahrani", "GF"),
    ("fa", "رضا", "احمدی", "Reza", "Ahmadi", "GF"),
    ("he", "יעל", "כהן", "Yael", "Cohen", "GF"),
    ("hi", "प्रिया", "शर्मा", "Priya", "Sharma", "GF"),
    ("hi", "राहुल", "वर्मा", "Rahul", "Verma", "GF"),
    ("ta", "அருண்", "குமார்", "Arun", "Kumar", "GF"),
    ("bn", "রাহুল", "দাস", "Rahul", "Das", "GF"),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "GF"),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", "GF"),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "GF"),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", "GF"),
]

NATIVE_COUNTRY = {"ja": "JP", "zh": "CN", "ko": "KR", "ru": "RU", "uk": "UA", "bg": "BG", "sr": "RS",
                  "el": "GR", "ar": "AE", "fa": "AE", "he": "IL", "hi": "IN", "ta": "IN", "bn": "IN",
                  "th": "TH", "ka": "GE", "hy": "AM", "am": "ET"}

# Handles with no name in them (chat nicknames); never labelled.
HANDLES = _s("ramp_owl|tarmac42|bluetail|nightshift_ops|chocks_away|vortex9|apron_ghost|lowvis|"
             "jetwash77|cirrus_deck|squawk7000|mintyfresh|redeye_rider|holdshort")

PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "d", "da", "dos", "das", "do", "von", "zu", "ter",
             "t", "del", "los", "las", "di", "lo", "al", "el", "bin", "binti", "ben", "abou", "abdel",
             "mac", "nic", "ní", "ó", "y", "i", "dela", "te", "ma"}


if __name__ == "__main__":
    g = set()
    f = set()
    for _k, (_r, _o, _c, m, w, fam) in TRADITIONS.items():
        g.update(m)
        g.update(w)
        f.update(fam)
    print(f"traditions={len(TRADITIONS)} given={len(g)} family={len(f)} native={len(NATIVE)} "
          f"wordlike={len(WORDLIKE_GIVEN)}+{len(WORDLIKE_FAMILY)}")
