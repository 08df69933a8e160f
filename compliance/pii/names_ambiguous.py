"""Names that are also ordinary words; loaded by names_lexicon.

Selected by checking the name lists against German and English spelling word lists and by
hand (nouns, places, brands); the word lists themselves are not shipped.
"""

from __future__ import annotations

# Names that are German nouns, places or brands: need context to count.
NOUN_NAMES_DE = """
Adel Adler Agent Alba Alexandria Amor An Andromeda Angel Apollo April Aral Arie Arsen August
Aura Bach Back Bali Baptist Barbier Baron Bart Bauer Baum Bayer Benz Berg Binder Bischof Bitten
Blank Block Bock Bog Bosch Brand Brauer Braun Brenner Brett Brose Bruder Busch Butler Bär Bürger
Cheyenne Chi Claas Clinton Continental Cousin Daimler Delphine Dementi Despot Deutz Diesel Ding
Dom Dorn Dung Döner Dürr Ebbe Eberspächer Edel Eden Eimer Einer Elba Engel Ernst Fasching Fast
Faust Felder Ferrara Ferrari Festo Fink Fisch Fischer Fleck Fleischer Flora Ford Fossil Frei
Freitag Fuchs Funk Förster Fürst Gabel Gala Geier Geiger Geisel Gene Glaser Gloria Glück Graf
Grill Gross Groß Grüner Gut Gärtner Hacker Hagen Hahn Hai Hall Hammer Handler Hang Hau Hauer
Heide Heil Heim Held Hell Hella Helle Helm Henkel Herbst Hering Hilti Hirsch Holm Horn Horst
Huhn Hummer Ion Isis Israel Jena Jesus Jet Job Jude Juli Jung Jungfer Juni Junior Jäger Kader
Kais Kaiser Kali Kaplan Kasper Kaufmann Keller Kellner Kelvin Kern Kick Kiefer Killer Kind Kino
Kir Kit Klammer Klassen Klein Knecht Knorr Koch Kocher Kohl Kopf Kraft Kranz Kratzer Krebs
Kreuzer Krug Krupp Krämer Kummer Kurz Käfer Kärcher König Lage Lama Lang Lange Laus Leber Lenin
Leoni Lese Liane Liebherr Lima Lincoln Lindau Linde Link Linke List Lore Losen Lot Lourdes Luke
Lupe Löwen Macher Made Mahle Mai Manila Mann Marine Mark Maurer Maxime Medina Meister Mentor
Mercedes Merck Mergen Messina Meta Metz Michelangelo Milan Min Mir Mühle Nagel Nazi Neu Newton
Nickel Nikon Nova Nur Olive Olympia Opel Pan Pandora Paris Park Pascal Pastor Per Pfeffer
Pfleger Pilz Platon Pol Polin Pop Porsche Post Prawda Prinz Putz Pythagoras Rauch Rausch Reich
Rein Reine Reiter Rembrandt Renault Renner Richter Ring Ritt Ritter Robbe Roman Romane Rosa Rose
Rosen Rosette Ruf Ruin Rune Rute Sacharin Saga Salami Salvador Salz Sang Santa Sattler Sauer
Schacht Schaeffler Schalk Schatz Schauer Scheibe Scherer Scherz Schlager Schlosser Schmied
Schmuck Schneider Schott Schreiber Schreiner Schuh Schuster Schwarz Schweizer Schüler Seil
Server Siemens Skorbut Slawe Slawen Soja Sole Sommer Song Speer Spieß Springer Stahl Stark Staub
Staude Stecher Steiger Stein Stern Steuer Stifter Stock Stoffel Stolz Strauß Streicher Stroh
Sturm Sultane Summer Sun Suzuki Sydney Tage Tang Tara Taucher Thyssen Tilde Tischler Tode Ton
Tone Tor Tore Toto Trommler Trumpf Trupp Tu Turner Tutu Urban Van Vetter Villa Viola Violette
Vogel Vogt Voith Wall Webasto Weiler Weiss Weiß Wende Wiese Wille Winter Wolf Wurm Würth Zahn
Zander Zeiss Zimmer Zion Zobel Zorn
"""

# Names that are German non-nouns (adjectives, adverbs, verbs).
WORD_NAMES_DE = """
Adele Albert Alberte Allen Alpin Anders Andre Andres Antun Bebe Bergen Beste Brecht Da Daher
Darin Das Davor De Denk Dick Du Eigenwillig Eitel Engl Feinen Fidel Franz Frisch Fröhlich Fügen
Gottlob Grob Gute Hager Hege Heller Hemmen Herzog Holt Hurt Höhne Jure Karge Kenter Klapp Klemm
Klug Kläre Knapp Knappe Kraus Krause Kurt Kühn Kühne Langer Lasse Laure Laust Leger Lies Linden
Linder Lynch Malte Manuelle Matt Mattes Max Mies Moser Nagele Nasser Nette Oral Pelle Phil
Probst Rasa Rau Reicher Reif Reiner Rempel Sauber Schade Scharf Scheel Schiefer Schon Schulte
Schön Schütte Siebe Solange Sondre Spitzer Stolze Stummer Stumpf Sture Säuberlich Tauber Traute
Trudel Trüb Vitale Ward Warmer Weis Weiser Wiener Wies Wild Will Wimmer Wohlgemut Wolle
Wunderlich
"""

# Names that are English lowercase words (will, mark, rose).
WORD_NAMES_EN = """
Abbey Agent Akin Albino Ale Aline Amber Amir An Angel Ani Ante Ants Archer Aria Astride August
Aura Autumn Aver Back Baker Baptist Baron Basil Beat Beau Beck Beer Bell Bender Bent Berg Bill
Billy Binder Bitten Black Blank Block Bob Bobby Bog Boil Bone Bonnet Bonnie Bourgeois Brad Brand
Brandy Brogan Brooks Brown Brunet Burger Butler Butt Butte Cal Can Canal Carmine Carol Chad
Chase Chi Chino Christen Clement Colleen Constant Cook Cooper Coral Cord Corona Cousin Cox
Crystal Curt Daisy Dale Dam Dawn Dean Derrick Despot Destiny Diamond Dick Dieter Ding Dirk Divan
Do Don Done Dos Drew Dries Drub Dung Earl Ebony Eddy Edit Else Emir Ester Eve Faith Fanny Fares
Farina Fast Feline Feller Fem Fink Firs Fisher Fleck Floor Flora Florin Ford Fossil Foster Franc
Frank Funk Gal Gala Galena Gall Gay Gene Gentile Glen Glib Grace Grant Gray Green Greet Grill
Grit Gross Gun Gunner Gust Gut Guy Ha Hacker Hall Hammer Handler Hang Harder Hardy Haring Harm
Harmony Harms Harry Hazel He Heather Heck Hector Held Hell Helm Henna Hill Ho Holler Holly Hoop
Hope Horn Hue Hug Hung Hunt Hunter Hurt Ion Iris Ivy Jack Jade Jasmine Jasper Jay Jet Jimmy Job
John Joke Josh Joy Julienne Junior Junk Ken Khan Kick Killer Kin Kind Kindle King Kiss Kit
Knight Knoll Lam Lama Lance Lander Laze Lea Lean Lee Lefter Lei Lien Lies Lily Linden Line Link
List Lo Loan Lode Lone Long Lope Lopes Lore Lot Love Lynch Ma Made Mads Mallet Mans Mar Mare
Margarita Maria Marina Marine Mark Mart Marten Martens Martial Martin Martini Martins Mason Mate
Mats Matt Mattes Matts Max Maxim Maxima May Median Meg Melody Mentor Meta Mike Mikes Mile Miller
Millet Mimosa Min Misty Mo Modest Mores My Nacho Nadir Nick Nickel Nickels Noel Nova Odd Olive
Oral Owe Pan Panda Pane Papas Park Pastor Patty Paw Payer Peer Penny Per Peter Peters Phoebe
Phoenix Pier Pierce Ping Pinto Piper Plank Pock Pol Pop Poppy Price Prow Puck Randy Raven Ray
Reed Rein Rhea Rick Rim Ring Roan Roar Rob Robin Roger Rogers Romaine Roman Rose Rosemary
Rosette Rosin Rosy Ruby Ruin Rune Rust Rut Safer Saga Sager Said Salami Sally Sander Sanders
Sandy Sang Sari Savannah Schmuck Semen Senna Serge Server Sever Shah Sheikh Sherry Sierra Silvan
Sine Singer Sinner Slave Slaw Smit Smith Sol Sole Son Sonata Song Sonny Spas Stark Stein Stern
Stock Stone Sue Summer Sun Sung Tam Tamer Tan Tang Tanner Taro Tea Terry Ties Tilde Till Tine
Tit Tom Tome Toms Ton Tone Tony Tor Tore Toy Trinity Troy Tuba Turner Tutu Urban Us Valentine
Valid Van Vi Victor Villa Viola Violet Violin Walker Wall Ward Warmer Warren Wells Welter White
Widen Wiener Wild Will Willow Wino Winter Wolf Wolfram Wood Wright Ye Yen Young
"""
