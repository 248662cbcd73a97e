"""The corrections a decoded query goes through before it is executed (correct), in their order: what the words
of the question and the cells of the table say that the model missed or misread (wikisql/corrections/), and, for a
model without the ordering heads, the superlatives read from the words (wikisql/superlatives/). The order matters:
each step reads the query the steps before it left; the comment beside each names the question it was written for.
Every step returns the query unchanged unless its case is met, so a query no step touches is the model's own.
"""
from __future__ import annotations

import functools

from wikisql.corrections import (
    add_demonym_conditions,
    add_finer_cells,
    add_headed_codes,
    add_kind_condition,
    add_row_number,
    add_said_kind,
    add_sex_condition,
    add_the_cells_said,
    add_the_coded_cells_said,
    add_the_compared_number,
    add_the_numbered_row,
    aged_as_said,
    aggregate_of_a_key,
    aggregated_column_said,
    arithmetic_on_numbers,
    brackets_closed_as_said,
    calendar_cells,
    cells_as_written,
    cells_cut_short,
    choose_between_cells,
    close_brackets,
    code_of_its_length,
    coded_label_conditions,
    columns_of_the_units_said,
    compare_the_aggregated_column,
    compared_by_age,
    compared_by_compass,
    comparison_in_range,
    conditions_on_columns_with_values,
    count_by_an_averaged_condition,
    count_not_row_numbers,
    count_on_complete_column,
    count_the_rows_asked,
    count_what_no_cell_says,
    count_when_told,
    dates_in_parts,
    drop_clause_values,
    drop_counted_number_words,
    drop_distance_origin,
    drop_function_word_values,
    drop_header_numbers,
    drop_header_values,
    drop_non_numbers,
    drop_numbers_inside_values,
    drop_pointer_values,
    drop_possessive_s,
    drop_quantifier_values,
    drop_rate_numbers,
    drop_row_said_twice,
    drop_table_year,
    drop_unheld_beside_a_key,
    drop_unit_values,
    drop_whole_period,
    drop_whole_span,
    extreme_of_a_whole_column,
    extreme_of_one_row,
    head_noun_columns,
    headed_values_equal,
    measure_not_its_note,
    measure_of_the_unit_said,
    measures_of_a_long_table,
    move_off_row_numbers,
    move_to_holding_column,
    number_before_its_column,
    number_off_the_selected_column,
    number_on_its_named_column,
    numbered_columns_said,
    occurrences_of_one_row,
    older_than_as_said,
    one_column_per_number,
    parenthesized_conditions,
    plain_amounts,
    quoted_cell_said,
    said_sibling_columns,
    select_a_column_with_values,
    select_not_the_unit,
    select_other_than_given,
    select_the_acronym_said,
    select_the_code_said,
    select_the_measure_asked,
    select_the_name_asked,
    select_the_row_number_asked,
    size_in_two_columns,
    split_repeated_values,
    state_of_matter_cells,
    states_by_their_codes,
    sum_for_total,
    sum_of_counts,
    text_compared_as_equal,
    the_percentile_said,
    total_of_whole_column,
    trim_to_cells,
    unqualified_columns,
    value_of_one_row,
    whole_cell_said,
    words_off_number_columns,
    written_code_siblings,
    year_columns,
)
from wikisql.decoding import ExampleScores
from wikisql.encoding import EncodedExample
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.superlatives import (
    MAX,
    MIN,
    average_as_said,
    compared_by_measure,
    dated_rows,
    extreme_as_said,
    full_name_not_a_part,
    kind_said_as_rows,
    name_not_a_family,
    name_not_a_modifier,
    name_not_an_id,
    name_not_its_kind,
    name_not_its_link,
    name_the_rows,
    order_by_the_header_said,
    order_from_scores,
    ordered_by_its_extreme,
    person_not_an_id,
    read_superlative,
    select_the_noun_asked,
    select_the_row_asked,
    select_the_time_asked,
)
from wikisql.views import ColumnView


def correct(decoded: Query, item: EncodedExample, view: ColumnView, scores: ExampleScores,
            read_superlatives: bool = True) -> Query:
    """The query to execute for `decoded` (a query over the view's columns, from greedy or execution-guided
    decoding of `scores`), over the whole table. `read_superlatives`: read an ordering from the question's words
    when the model has no ordering heads (scores.order is None)."""
    query = view.table_query(sum_for_total(item, decoded, view.numbers_matched))
    rows_matched = functools.partial(view.numbers_matched, of_table=True)   # of queries over the whole table
    query = count_when_told(item.question, query)   # "Count the days where ..."
    query = count_not_row_numbers(item.question, query, view.table)   # "How many MCD bushes ...": not SUM(obs)
    query = count_what_no_cell_says(item.question, query, view.table)   # "How many women ...?" of `sex` F/M
    query = count_the_rows_asked(item.question, query, view.table,   # "How many patients were in the BtheB arm?"
                                 rows_matched)
    query = average_as_said(item.question, query, view.table, rows_matched)   # "the average ..." decoded MIN
    query = arithmetic_on_numbers(item.question, query, view.table)   # not AVG(faa), a column of codes
    query = count_by_an_averaged_condition(item.question, query, view.table)   # "How many months had an
    #                                                          average temperature below 2?": not AVG(month)
    select = {column: float(scores.sel[i]) for i, column in enumerate(view.columns)}   # log p(select = column)
    query = number_off_the_selected_column(query, view.table, item.question)   # "u at 1500 K": `Teff = 1500`
    query = select_other_than_given(query, select, item.question, view.table)   # not SELECT name WHERE name =
    #                                                                             'Special K'
    query = select_the_name_asked(item.question, query, view.table)   # "the name of the emoji": `Unicode name`
    query = coded_label_conditions(item.question, query, view.table, select)   # "public colleges":
    #                                                                          `Public (1)/ Private (2) = 1`
    query = select_the_code_said(item.question, query, view.table)   # "varp97 of field 25": `varp97`, not `p97`
    query = select_the_acronym_said(item.question, query, view.table)   # "What SDR ...": `standard_dimension_ratio`
    query = written_code_siblings(item.question, query, view.table)   # "beta_0 for group 7": not `beta_7`
    query = select_not_the_unit(item.question, query, view.table, select)   # "yearly deaths": not AVG(year)
    query = add_row_number(item.question, query, view.table)   # "week 30": `rownames = 30`
    query = choose_between_cells(item.question, query, view.table)   # "Was week 30 before or after ...?"
    if view.has_rows:   # "How many African countries ...": continent = Africa
        text_columns = [c for c, kind in enumerate(view.table.types) if kind == "text"]
        query = add_demonym_conditions(query, view.matcher.demonym_cells(item.question, text_columns))
        query = drop_quantifier_values(item.question, query, view.table)
        query = drop_row_said_twice(query, view.table)   # `techn = 'university 4'` beside `rownames = 4`
    query = drop_header_numbers(query, view.table, item.question)   # "under 15" of `pop15`; "in 2011-12"
    query = drop_numbers_inside_values(item.question, query)   # "well 34-19S" is not also `por = 34`
    query = parenthesized_conditions(item.question, query, view.table)   # "(type bc)", "(SS)"
    query = drop_rate_numbers(item.question, query)   # "per 1,000" is a unit
    query = drop_possessive_s(item.question, query)   # the "s" of "What's" is no value
    query = drop_function_word_values(item.question, query)   # "What is ...": not Iceland's `IS`
    query = drop_unit_values(item.question, query)   # "14 g of fiber": not the maker `G`
    query = drop_counted_number_words(item.question, query, view.table)   # "the three species": no `Species`
    query = drop_distance_origin(item.question, query, view.table)   # "500 km from Paris": not `Region = Paris`
    query = drop_clause_values(query, view.table)   # "rack up before the 2002 crackdown" on `code`: a span ran on
    query = move_to_holding_column(trim_to_cells(query, view.table), view.table, item.question)   # `county =
    #                                                                      'HAU'` -> `category`
    query = code_of_its_length(item.question, query, view.table)   # "the two-letter code": `Part1`, not `Id`
    if view.complete:   # "Total interlocks of the OTH-controlled firms": the total, now that `OTH` holds rows
        query = sum_for_total(item, query, view.numbers_matched)
    query = cells_cut_short(item.question, query, view.table)   # "military dictatorships": 'Military Dict'
    query = calendar_cells(query, view.table)   # "on Mondays" of `day_of_week` 'mon'
    query = whole_cell_said(item.question, query, view.table)   # "Fronius USA: Fronius Symo 24.0-3 480 [480V]"
    query = quoted_cell_said(item.question, query, view.table)   # "placed on "Will Harvey Weinstein be ...?""
    query = add_finer_cells(item.question, query, view.table)   # "the toyota corolla": and `model = 'corolla'`
    coded = add_headed_codes(item.question, query, view.table)   # "How many type a patients ...": `Type = 'a'`
    if coded.sel in coded.given_columns() and query.sel not in query.given_columns():   # "Which class A
        coded = select_other_than_given(coded, select, item.question, view.table)   # transceiver vessel ...?":
    query = coded   # `TranscieverClass = 'A'` added on the selected column, so the select moves off it
    query = split_repeated_values(item.question, query, view.table)   # "from QUE to ONT", one value each
    query = dates_in_parts(item.question, query, view.table)   # "in 12/2005": month = 12 AND year = 2005
    query = drop_table_year(query, view.table)   # "these 1980 cars" of `auto_mpg_1980`, before the readings
    query = drop_whole_span(item.question, query, view.table)   # "from 1935 to 1954": all the years
    query = drop_whole_period(item.question, query, view.table)   # "in Q4 2018" of a table of those days
    query = numbered_columns_said(item.question, query, view.table)   # "at 3 feet": `3`, not `-4`; no `7 = 7`
    query = extreme_as_said(item.question, query, view.table)   # "the slowest time": MAX of a time
    if scores.order is None and read_superlatives:   # a model without the ordering heads
        query = read_superlative(item.question, query, view.table, select)
        extremes = {column: (float(scores.agg[i, MAX]), float(scores.agg[i, MIN]))
                    for i, column in enumerate(view.columns)}
        query = order_from_scores(item.question, query, view.table, select, extremes)
        query = name_the_rows(query, view.table)   # not SELECT origin WHERE origin = 1 ORDER BY mpg
        query = kind_said_as_rows(item.question, query, view.table)   # "Which Droid is the tallest?"
        query = order_by_the_header_said(item.question, query, view.table)   # "at 8 Darby Street NS"
        query = ordered_by_its_extreme(item.question, query, view.table)   # "the hottest day": TEMPERATURE_MAX
        query = dated_rows(item.question, query, view.table)   # "Which three months ...": their `Date`
    query = numbered_columns_said(item.question, query, view.table)   # the ordering read: by `3` of "at 3 feet"
    query = select_the_acronym_said(item.question, query, view.table)   # the ordering read: "the highest SDR"
    query = select_the_row_number_asked(item.question, query, view.table)   # "Row number of the oldest ...":
    #                                                                 `rownames` (once the superlative is read)
    query = words_off_number_columns(query, view.table, item.question)   # `8 Darby Street NS = '8:00-8:59'`:
    #                                                                    `hour` (after the superlatives are read)
    query = state_of_matter_cells(item.question, query, view.table)   # "gaseous CO2": `State = 'g'` (after
    #                                                   the superlative is read: "Which liquid ...?" names rows)
    query = drop_header_numbers(year_columns(item.question, query, view.table), view.table,
                                item.question)   # `X1972` for 1972
    query = drop_header_values(item.question, query, view.table)   # "Fewest H atoms": not also `Amino Acid = H`
    query = select_the_row_asked(item.question, query, view.table)   # "Which area sold 1,127 homes?": `city`
    query = select_the_noun_asked(item.question, query, view.table)   # "Which country ...": `Country/Region`
    query = name_not_a_modifier(item.question, query, view.table)   # "Which beach bar ...": `name`, not `beach`
    query = name_not_a_family(item.question, query, view.table)   # "Which GPU ...": `name`, not `gpu_chip`
    query = select_the_time_asked(item.question, query, view.table)   # "When did 150 K Road count 184 ...?"
    query = the_percentile_said(item.question, query, view.table)   # "the 97th percentile height": `P97`
    query = select_the_measure_asked(item.question, query, view.table)   # "How windy was it ...?"
    query = measure_of_the_unit_said(item.question, query, view.table)   # "corn hectares": `corn_area`
    query = measures_of_a_long_table(item.question, query, view.table)   # "Lowest emission factor ...": `Value`
    query = aggregate_of_a_key(item.question, query, view.table)   # "lowest payment standard": not MIN(zip_code)
    query = aggregated_column_said(item.question, query, view.table)   # "Average root depth of the GlobCover
    #                                                                    classes": not AVG(globcover)
    query = measure_not_its_note(item.question, query, view.table)   # "the driest green bark": `MC_PCT_GREEN_BARK`,
    #                                                                  not its citation `MC_PCT_GREEN_BARK_CIT`
    query = name_not_its_kind(item.question, query, view.table)   # "Which language is deu?": not `Language_Type`
    query = name_not_its_link(item.question, query, view.table, select)   # "Which club ...?": not `url`
    query = person_not_an_id(item.question, query, view.table)   # "Who has KBO player ID 95657?": `nameFull`
    query = name_not_an_id(item.question, query, view.table)   # "Which gene ...?": `Symbol`, not `Ensembl_Gene_ID`
    query = full_name_not_a_part(item.question, query, view.table)   # "Which LAFC GK ...?": `player`, not
    #                                                                 `last_name`
    query = add_kind_condition(item.question, query, view.table)   # "Which state ...": `city = 'state'`
    query = add_sex_condition(item.question, query, view.table)   # "How many men ...": `sex = 'M'`
    query = plain_amounts(query, view.table)   # "more than S$10,000": 10000
    query = one_column_per_number(item.question, close_brackets(query), view.table)   # "tree 31", "(sex 0)"
    query = brackets_closed_as_said(item.question, query, view.table)   # "from RCB-5(VILLA MILITAR)"
    query = number_on_its_named_column(item.question, query, view.table)   # "a tax under 40": not also `income`
    query = number_before_its_column(item.question, query, view.table)   # "more than 300 firms": `nfirm`
    query = compared_by_measure(item.question, query, view.table)   # "higher than 500 ft": `elevation`
    query = columns_of_the_units_said(item.question, query, view.table)   # "denser than 1,000 kg/m^3": `Density
    #                                                                       (kg/m^3)`, not `Thickness (m)`
    query = aged_as_said(item.question, query, view.table)   # "an 18-year-old": `momage = 18`
    query = compared_by_age(item.question, query, view.table)   # "men over 45": `age`, not `rstpulse`
    query = older_than_as_said(item.question, query, view.table)   # "older than 70": `> 70`
    query = compared_by_compass(item.question, query, view.table)   # "south of latitude -45": `lat < -45`
    query = said_sibling_columns(item.question, query, view.table)   # "the 9am pressure": not `Pressure3pm`
    query = unqualified_columns(item.question, query, view.table)   # "8-core chips": `Cores`, not `Cores (P)`
    query = head_noun_columns(item.question, query, view.table)   # "the birth rate": `rate`, not `births`
    query = move_off_row_numbers(item.question, query, view.table)   # "scored 57 on the third post-test"
    query = comparison_in_range(item.question, query, view.table)   # "more than 10,000 students": not `teachers`
    query = headed_values_equal(item.question, text_compared_as_equal(query, view.table), view.table)   # "on
    #                           day 346 before time 1200": `day = 346`; "before insulation": `Insul = 'before'`
    before_drops = query
    query = drop_pointer_values(drop_non_numbers(query, view.table), view.table)   # after the readings, which
    #                                                                        take such values as pointers
    query = drop_unheld_beside_a_key(query, view.table)   # "a full-term newborn (TERM_X_SEVERITY3)": no `Model =
    #                                                         'newborn'` beside the variable that names the row
    if view.complete and len(query.conds) < len(before_drops.conds):   # "the total expression score of the
        query = sum_for_total(item, query, view.numbers_matched)   # Venetian painters, school D": its rows,
        #                                                            once `Drawing = 'Venetian painters'` is gone
    query = total_of_whole_column(item.question, query, view.table)   # after conditions were dropped
    if query.agg == AGGREGATION_OPS.index("COUNT") and query.sel in view.columns:   # "How many carbs are in
        no_aggregation = float(scores.agg[view.columns.index(query.sel), 0])        # Life?": not COUNT = 1
        query = value_of_one_row(query, view.table, rows_matched, no_aggregation, question=item.question)
    query = occurrences_of_one_row(item.question, query, view.table, rows_matched)   # "How often was the rocket
    #                                                                      emoji used?": its `Occurrences`
    query = extreme_of_one_row(item.question, query, view.table, rows_matched)   # "On which day did the minimum
    #                                                                       reach 20.5?": MIN(Date) of one row
    query = compare_the_aggregated_column(item.question, query, view.table, rows_matched)   # "the largest aneb
    #                                                                                 value below 1": `aneb < 1`
    query = add_the_cells_said(item.question, query, view.table, view.matcher.columns_of,   # "a China visa
                               rows_matched)                                               # photo": `country`
    query = add_the_coded_cells_said(item.question, query, view.table, view.matcher.columns_of,   # "the 9.2 HSPF
                                     rows_matched)                                          # MSHP Heater"
    query = states_by_their_codes(item.question, query, view.table, rows_matched)   # "California stations": 'CA'
    query = add_the_numbered_row(item.question, query, view.table, rows_matched)   # "in Kakani ward 2"
    query = size_in_two_columns(item.question, query, view.table)   # "a 2x10": `Nominal_Width = 2 AND
    #                                                                 Nominal_Depth = 10`
    query = add_the_compared_number(item.question, query, view.table, rows_matched)   # "stronger than 12
    #                                                                               percent alcohol": `alcohol > 12`
    query = year_columns(item.question, query, view.table)   # a cell added on `1840` said "in 1899": `1899`
    query = extreme_of_a_whole_column(item.question, query, view.table)   # "What's the highest the Nikkei traded?"
    query = add_said_kind(item.question, query, view.table, rows_matched)   # "the ivt of the bus for case 18":
    #                                                                         `alt = 'bus'`
    if view.complete:   # "How many men were counted in ...?" of a frequency table: SUM(n), not COUNT
        query = sum_of_counts(item.question, query, view.table, view.numbers_matched)
    query = count_on_complete_column(item.question, query, view.table)   # COUNT skips missing cells
    query = select_a_column_with_values(item.question, query, view.table, select)   # "the average dew point":
    #                                    not `HourlyDewPointTemperature`, empty in every daily summary of the file
    query = conditions_on_columns_with_values(item.question, query, view.table)   # "more than 200 GB of memory":
    #                                                         `Instance Memory (in GB)`, not the empty `GPU memory`
    query = cells_as_written(query, view.table)   # `Sub-Saharan Africa ` as the cell writes it
    return query
