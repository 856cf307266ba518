// id/department-moniker: its own examples through the rule tester.
import { departmentMoniker } from '../../../src/detectors/id/department-moniker.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(departmentMoniker);
